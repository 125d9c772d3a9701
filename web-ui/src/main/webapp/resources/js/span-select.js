// Fills the "add a statement" form's start and end from a selection in the main text. Offsets
// count the main text's characters only: the statement numbers (<sup>) are not part of it.
(function () {
  var main = document.getElementById('main-text');
  var start = document.querySelector('#add .span-start');
  var end = document.querySelector('#add .span-end');
  if (!main || !start || !end) {
    return;
  }
  function offset(node, within) {
    var count = 0;
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) { return n.parentNode.closest('sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
    });
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) {
        return count + within;
      }
      count += n.nodeValue.length;
    }
    return -1;
  }
  main.addEventListener('mouseup', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    var from = offset(range.startContainer, range.startOffset);
    var to = offset(range.endContainer, range.endOffset);
    if (from >= 0 && to > from) {
      start.value = from;
      end.value = to;
    }
  });
})();
