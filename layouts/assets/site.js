// Dateline: small enhancements; every page works without them (search excepted).
(function () {
  // Opened from disk, folders do not open their index.html: point links at it.
  if (location.protocol === 'file:') {
    document.addEventListener('DOMContentLoaded', function () {
      var links = document.querySelectorAll('a[href]');
      for (var i = 0; i < links.length; i++) {
        var href = links[i].getAttribute('href');
        if (href && !/^[a-z]+:/i.test(href) && !href.startsWith('#') && /\/$/.test(href.split('#')[0])) {
          var parts = href.split('#');
          links[i].setAttribute('href', parts[0] + 'index.html' + (parts[1] ? '#' + parts[1] : ''));
        }
      }
    });
  }
  // The search page: Pagefind's interface, with filters by outlet, topic and year.
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('search');
    if (box && window.PagefindUI) {
      new window.PagefindUI({
        element: '#search',
        bundlePath: box.getAttribute('data-bundle'),
        showSubResults: false,
        showImages: false,
        resetStyles: false,
      });
    }
  });
})();
