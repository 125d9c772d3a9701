/* Dictum search page: facet value search, "more values", and brushing the date histogram.
   Everything here enhances links that already work without JavaScript. */
(function () {
  'use strict';
  var state = document.getElementById('search-state');
  if (!state) { return; }
  var query = state.getAttribute('data-query') || '';
  var api = state.getAttribute('data-api');
  var context = state.getAttribute('data-context') || '';

  function searchUrl(params) {
    params.delete('page');
    var text = params.toString();
    return context + '/' + (text ? '?' + text : '');
  }

  /* The page's own links for the selected values: they remove the value as the URL writes it
     (topic=arms control selects "Arms control"), which this script cannot know. */
  var selectedLinks = {};
  document.querySelectorAll('.facet-values li.selected a[data-facet]').forEach(function (a) {
    selectedLinks[a.getAttribute('data-facet') + '\u0000' + a.getAttribute('data-value')] = a.getAttribute('href');
  });

  function toggleUrl(facet, value, selected) {
    var params = new URLSearchParams(query);
    if (selected && selectedLinks[facet + '\u0000' + value]) {
      return selectedLinks[facet + '\u0000' + value];
    }
    if (selected) {
      var kept = params.getAll(facet).filter(function (v) { return v !== value; });
      params.delete(facet);
      kept.forEach(function (v) { params.append(facet, v); });
    } else {
      params.append(facet, value);
    }
    return searchUrl(params);
  }

  function valueItem(facet, entry) {
    var li = document.createElement('li');
    if (entry.selected) { li.className = 'selected'; }
    var a = document.createElement('a');
    a.href = toggleUrl(facet, entry.value, entry.selected);
    a.setAttribute('data-facet', facet);
    a.setAttribute('data-value', entry.value);
    if (entry.selected) {
      /* Said to screen readers as the page says it: the 'selected' class only shows it. */
      var said = document.createElement('span');
      said.className = 'visually-hidden';
      said.textContent = 'selected: ';
      a.appendChild(said);
    }
    var name = document.createElement('span');
    name.className = 'value';
    name.textContent = entry.value;
    var count = document.createElement('span');
    count.className = 'count';
    count.textContent = entry.count;
    a.appendChild(name);
    a.appendChild(count);
    li.appendChild(a);
    return li;
  }

  function loadValues(section, prefix, offset, append) {
    var facet = section.getAttribute('data-facet');
    var params = new URLSearchParams(query);
    params.delete('page');
    params.set('prefix', prefix);
    params.set('offset', offset);
    params.set('limit', 20);
    return fetch(api + '/facets/' + encodeURIComponent(facet) + '?' + params.toString(), {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (page) {
        var list = section.querySelector('.facet-values');
        if (!append) { list.textContent = ''; }
        page.values.forEach(function (entry) {
          /* A selected value the page appended after the first ones may come again in its place. */
          var listed = Array.prototype.some.call(list.querySelectorAll('a[data-value]'), function (a) {
            return a.getAttribute('data-value') === entry.value;
          });
          if (!listed) { list.appendChild(valueItem(facet, entry)); }
        });
        var more = section.querySelector('.facet-more');
        /* The next offset counts values of the facet's order only, never the appended selected ones. */
        var shown = offset + page.values.length;
        if (more) {
          more.hidden = shown >= page.total;
          more.setAttribute('data-shown', shown);
        }
        if (page.total === 0) {
          var empty = document.createElement('li');
          empty.className = 'none';
          empty.textContent = 'No value starts with “' + prefix + '”';
          list.appendChild(empty);
        }
        /* The list changes without a page load: say what it holds now to screen readers, which hear nothing else. */
        var status = section.querySelector('.facet-status');
        if (status) {
          var one = page.total === 1;
          showStatus(status, page.total === 0 ? 'No value starts with “' + prefix + '”'
            : page.total + (one ? ' value' : ' values') + (prefix ? (one ? ' starts' : ' start') + ' with “' + prefix + '”' : ''), false);
        }
      })
      .catch(function (failure) {
        /* The list is left as it was: say so to everyone, since nothing else on the page changes. */
        console.error('Dictum: values of facet ' + facet + ' could not be loaded', failure);
        var status = section.querySelector('.facet-status');
        if (status) {
          showStatus(status, 'The values of this filter could not be loaded. Try again, or reload the page.', true);
        }
      });
  }

  /* A failure is shown as well as said; a normal count is only said, as the list shows it already. */
  function showStatus(status, text, failed) {
    status.classList.toggle('visually-hidden', !failed);
    status.classList.toggle('facet-error', failed);
    status.textContent = text;
  }

  document.querySelectorAll('.facet[data-facet]').forEach(function (section) {
    var input = section.querySelector('.facet-find');
    var more = section.querySelector('.facet-more');
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { loadValues(section, input.value.trim(), 0, false); }, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        var first = section.querySelector('.facet-values a');
        if (first) { first.focus(); }
      }
    });
    if (more) {
      /* data-shown comes from the page: how many of the listed values are the facet's first, in its order. */
      more.addEventListener('click', function () {
        loadValues(section, input.value.trim(), parseInt(more.getAttribute('data-shown'), 10) || 0, true);
      });
    }
  });

  /* Brushing: press on one bar, release on another, and the search narrows to that date range. */
  var chart = document.getElementById('histogram-chart');
  if (chart) {
    var bars = Array.prototype.slice.call(chart.querySelectorAll('a.bar'));
    var anchor = null;
    var dragged = false;
    function mark(from, to) {
      var low = Math.min(from, to);
      var high = Math.max(from, to);
      bars.forEach(function (bar, i) { bar.classList.toggle('brushed', i >= low && i <= high); });
    }
    bars.forEach(function (bar, index) {
      bar.addEventListener('mousedown', function (event) {
        event.preventDefault();
        anchor = index;
        dragged = false;
        mark(index, index);
      });
      bar.addEventListener('mouseenter', function () {
        if (anchor !== null) {
          dragged = dragged || index !== anchor;
          mark(anchor, index);
        }
      });
      bar.addEventListener('mouseup', function () {
        if (anchor === null) { return; }
        var low = bars[Math.min(anchor, index)];
        var high = bars[Math.max(anchor, index)];
        var wasDrag = dragged;
        anchor = null;
        if (wasDrag) {
          var params = new URLSearchParams(chart.getAttribute('data-base').split('?')[1] || '');
          params.set('from', low.getAttribute('data-start'));
          params.set('to', high.getAttribute('data-last'));
          window.location.href = searchUrl(params);
        }
      });
      bar.addEventListener('click', function (event) {
        if (dragged) { event.preventDefault(); }
      });
    });
    document.addEventListener('mouseup', function () {
      if (anchor !== null) { anchor = null; mark(-1, -1); }
    });
  }
})();
