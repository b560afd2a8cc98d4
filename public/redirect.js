// A redirect page's first step: go to the target (data-to on this script tag), keeping the
// #section the reader asked for; the meta refresh after it, the fallback without JavaScript,
// would drop it.
(function () {
  var to = document.currentScript && document.currentScript.getAttribute('data-to');
  if (to) location.replace(to + location.hash);
})();
