// The Imports page refreshes its job list (progress bars, counts) every two seconds while an
// import runs, by clicking the list's Ajax refresh button; it stops once none is active.
(function () {
  'use strict';
  var PERIOD_MILLIS = 2000;
  function tick() {
    if (document.querySelector('.imports-active')) {
      var refresh = document.getElementById('jobs:refresh');
      if (refresh) {
        refresh.click();
      }
    }
  }
  window.setInterval(tick, PERIOD_MILLIS);
}());
