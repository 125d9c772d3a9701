/* Dictum's GET forms (search, attention over time) marked data-omit-empty send only the fields that hold
   something: a browser's own GET submission writes every field, empty ones too (q=&from=&to=&sort=,
   compare=&compare=), into the address people copy and share. The server reads a blank value as an
   absent one, so leaving it out changes nothing of what is asked.
   A field marked data-implicit shows a value the page chose, not the address (the search page's sort
   box says "Newest first" while nothing is searched for): unless the user changes it, it is left out
   too, so that the server chooses again for the new search (best match once there is a query). */
(function () {
  'use strict';
  document.querySelectorAll('form[method=get][data-omit-empty]').forEach(function (form) {
    var implicit = {};
    form.querySelectorAll('[data-implicit][name]').forEach(function (field) {
      implicit[field.name] = field.value;
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value !== 'string' || value.trim() === '') { return; }
        if (Object.prototype.hasOwnProperty.call(implicit, name) && implicit[name] === value) { return; }
        params.append(name, value);
      });
      var text = params.toString();
      window.location.href = form.getAttribute('action') + (text ? '?' + text : '');
    });
  });
})();
