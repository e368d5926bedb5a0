// The desk's image picker (articles/desk/media.py, ImagePickerWidget): when another library
// image is chosen in the autocomplete, show its thumbnail in place of the old one. The preview's
// markup comes from the desk (escaped there); cleared when the choice is cleared.
'use strict';
window.addEventListener('DOMContentLoaded', () => {
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
