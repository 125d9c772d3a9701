// Enter in a name picker's field adds the name to the list (its Add button) instead of saving the whole form.
document.addEventListener('keydown', function (event) {
  var input = event.target;
  if (event.key !== 'Enter' || !input.classList || !input.classList.contains('picker-input')) {
    return;
  }
  var add = input.parentNode.querySelector('.picker-add');
  if (add) {
    event.preventDefault();
    add.click();
  }
});
