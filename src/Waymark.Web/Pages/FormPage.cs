using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waymark.Web.Pages;

/// <summary>A page with a form: its errors in the order the error summary lists them, each linked to its field.</summary>
public abstract class FormPage : PageModel
{
    private readonly List<FormError> errors = [];

    public IReadOnlyList<FormError> Errors => errors;

    /// <summary>Records an error on <paramref name="key"/> (the bound property), whose input has the id <paramref name="fieldId"/>.</summary>
    public void AddError(string key, string fieldId, string message)
    {
        errors.Add(new FormError(key, fieldId, message));
        ModelState.AddModelError(key, message);
    }

    /// <summary>
    /// The first error on <paramref name="key"/>, or null. Keys are compared without regard to case, as model binding
    /// binds them, so that a field named <c>period</c> in an address shows the error of <c>Period</c>.
    /// </summary>
    public string? FieldError(string key) => errors.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.Message;

    /// <summary>
    /// Records that what the form changes was changed by someone else since the form was read: the form's hidden
    /// <c>Version</c> becomes the stored one (set by the caller), so that saving again replaces theirs.
    /// </summary>
    public IActionResult Stale(string key, string fieldId, string message)
    {
        ModelState.Remove("Version");
        AddError(key, fieldId, message);
        return Page();
    }

    /// <summary>The classes of a form group, marked as in error when its field has one.</summary>
    public string GroupClass(string key) => FieldError(key) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
}
