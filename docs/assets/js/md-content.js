// Material for MkDocs' inline script from partials/javascripts/content.html (9.8.2), as a file
// for the Content-Security-Policy: open the content tab a URL fragment points to.
var target = document.getElementById(location.hash.slice(1));
target && target.name && (target.checked = target.name.startsWith("__tabbed_"));
