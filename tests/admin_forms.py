"""Submit admin change forms the way a browser does: everything the page rendered, plus edits."""

from __future__ import annotations


def _field_values(form, data):
    for bound in form:
        value = bound.value()
        if value is None:
            continue
        widget = bound.field.widget
        if hasattr(widget, "widgets") and isinstance(value, (list, tuple)) is False and hasattr(widget, "decompress"):
            for index, part in enumerate(widget.decompress(value)):
                data[f"{bound.html_name}_{index}"] = "" if part is None else str(part)
        elif isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        else:
            data[bound.html_name] = str(value)


def change_form_data(response) -> dict:
    """The POST data of an admin change page, as loaded (of a revision's restore page: its one form)."""
    if response.context.get("expected_version") is not None and "adminform" not in response.context:
        return {"expected_version": str(response.context["expected_version"])}
    data: dict = {}
    _field_values(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, _field in formset.management_form.fields.items():
            value = formset.management_form[name].value()
            data[f"{formset.prefix}-{name}"] = "" if value is None else str(value)
        for form in formset.forms:
            _field_values(form, data)
    return data
