// The search index page: while a reindex runs, refresh its progress every two seconds through the
// page's Refresh button (a Faces Ajax request that re-renders the status, the live region that
// announces it and the start form). The refresh that finds the run ended is the last one: it
// enables the start button again, and the page is not reloaded, so that screen readers hear the
// end announced in the live region rather than a new page read from the top.
(function () {
    "use strict";
    function status() {
        return document.getElementById("progress:status");
    }
    function tick() {
        var panel = status();
        if (!panel) {
            return;
        }
        if (panel.getAttribute("data-running") === "true") {
            document.getElementById("progress:refresh").click();
        }
        window.setTimeout(tick, 2000);
    }
    window.setTimeout(tick, 2000);
})();
