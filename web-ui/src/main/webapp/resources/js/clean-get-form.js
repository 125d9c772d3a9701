/* Dictum's GET forms (search, attention over time) marked data-omit-empty send only the fields that hold
   something: a browser's own GET submission writes every field, empty ones too (q=&from=&to=&sort=,
   compare=&compare=), into the address people copy and share. The server reads a blank value as an
   absent one, so leaving it out changes nothing of what is asked. */
(function () {
  'use strict';
  document.querySelectorAll('form[method=get][data-omit-empty]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string' && value.trim() !== '') { params.append(name, value); }
      });
      var text = params.toString();
      window.location.href = form.getAttribute('action') + (text ? '?' + text : '');
    });
  });
})();
