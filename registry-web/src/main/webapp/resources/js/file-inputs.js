/*
 * PrimeFaces marks the file input of p:fileUpload mode="simple" aria-hidden, meant for its skinned button. The register
 * shows the browser's own file input with its own label, so screen readers must see it: unhide it after every page
 * load and every partial update.
 */
(function () {
    function reveal() {
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', reveal);
    }
})();
