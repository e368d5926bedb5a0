// The desk's image picker (articles/desk/media.py, ImagePickerWidget): when another library
// image is chosen in the autocomplete, show its thumbnail in place of the old one. The preview's
// markup comes from the desk (escaped there); cleared when the choice is cleared.
'use strict';
// Also names select2's box after the field's label ("Image", "Photo"): select2 names it by the
// chosen text only, so an empty picker has no accessible name.
function nameImagePickers() {
    document.querySelectorAll('select[data-image-picker]').forEach((select) => {
        const container = select.nextElementSibling;
        const label = document.querySelector('label[for="' + select.id + '"]');
        if (!container || !label) {
            return;
        }
        const name = label.textContent.replace(/:\s*$/, '').trim();
        container.querySelectorAll('.select2-selection, .select2-selection__rendered').forEach((box) => {
            if (box.getAttribute('aria-label') !== name) {
                box.removeAttribute('aria-labelledby');
                box.setAttribute('aria-label', name);
            }
        });
    });
}

window.addEventListener('DOMContentLoaded', () => {
    nameImagePickers();
    new MutationObserver(nameImagePickers).observe(document.body, {childList: true, subtree: true});
    // Select2 reports a choice through jQuery's events, which native listeners do not receive.
    django.jQuery(document).on('change', 'select[data-image-picker]', function () {
        const preview = document.getElementById(this.id + '_preview');
        if (!preview) {
            return;
        }
        const chosen = this.value;
        if (!chosen) {
            preview.replaceChildren();
            return;
        }
        const url = this.dataset.previewUrl.replace(/\/0\/preview\/$/, '/' + encodeURIComponent(chosen) + '/preview/');
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then((response) => (response.ok ? response.json() : null))
            .then((data) => {
                if (data && this.value === chosen) {
                    const parsed = new DOMParser().parseFromString(data.html, 'text/html');
                    preview.replaceChildren(...parsed.body.childNodes);
                }
            })
            .catch(() => preview.replaceChildren());
    });
});
