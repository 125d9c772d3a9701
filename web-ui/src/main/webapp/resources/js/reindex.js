// The search index page: while a reindex runs, refresh its progress every two seconds through the
// page's Refresh button (a Faces Ajax request that re-renders the status), and the whole page once
// it has ended (so that the start button is enabled again).
(function () {
    "use strict";
    var wasRunning = false;
    function status() {
        return document.getElementById("progress:status");
    }
    function tick() {
        var panel = status();
        if (!panel) {
            return;
        }
        var running = panel.getAttribute("data-running") === "true";
        if (running) {
            wasRunning = true;
            document.getElementById("progress:refresh").click();
        } else if (wasRunning) {
            window.location.reload();
            return;
        }
        window.setTimeout(tick, 2000);
    }
    window.setTimeout(tick, 2000);
})();
