/*
 * The portal's few behaviours, bound by data attributes: the Content-Security-Policy allows no inline handlers or
 * scripts, so pages say what they need and this file, loaded on every page, does it.
 *   data-filter-table="<widgetVar>"   on a column filter: filter that lazy table when the value changes
 *   data-copy-from="<element id>"     on a button: copy that field's text; data-copied-status="<id>" gets data-done
 *   data-start-progress="<widgetVar>" on any element: start that ajax progress bar once the page has loaded
 *   data-confirm="<question>"         on a submit button: ask first, and send nothing unless confirmed
 */
(function () {
    function widget(name) {
        return window.PF ? window.PF(name) : null;
    }

    document.addEventListener('change', function (event) {
        var filter = event.target.closest('[data-filter-table]');
        var table = filter && widget(filter.getAttribute('data-filter-table'));
        if (table) {
            table.filter();
        }
    });

    document.addEventListener('click', function (event) {
        var asking = event.target.closest('[data-confirm]');
        if (asking && asking.getAttribute('data-confirm') && !window.confirm(asking.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy-from]');
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy-from'));
        var status = document.getElementById(button.getAttribute('data-copied-status'));
        if (source && navigator.clipboard) {
            navigator.clipboard.writeText(source.value || source.textContent).then(function () {
                if (status) {
                    status.textContent = button.getAttribute('data-done');
                }
            });
        }
    });

    function startProgress() {
        document.querySelectorAll('[data-start-progress]').forEach(function (element) {
            var bar = widget(element.getAttribute('data-start-progress'));
            if (bar) {
                bar.start();
            }
        });
    }
    // after PrimeFaces has made its widgets: those are made in jQuery's ready callbacks, which run in order
    if (window.jQuery) {
        window.jQuery(startProgress);
    } else if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', startProgress);
    } else {
        startProgress();
    }
})();
