using System.Text;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

using Waymark.Texts;

namespace Waymark.Web.Pages;

/// <summary>
/// A page with a form: its errors in the order the error summary lists them, each linked to its field. Every text
/// field posted to it is checked by <see cref="PlainText"/> before the handler runs: a control character is an error
/// on its field, so a handler that stops at an invalid model state saves nothing.
/// </summary>
public abstract class FormPage : PageModel
{
    private const string AntiforgeryField = "__RequestVerificationToken";

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

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(Request.Method) || !Request.HasFormContentType)
        {
            return;
        }

        foreach ((string key, StringValues values) in Request.Form)
        {
            if (key == AntiforgeryField)
            {
                continue;
            }

            if (values.Select(PlainText.Check).FirstOrDefault(e => e is not null) is { } error)
            {
                (string label, string fieldId) = Describe(key);
                AddError(key, fieldId, error.For(label));
            }
        }
    }

    /// <summary>
    /// How an error names the field posted as <paramref name="key"/> and which input it links to: by default its
    /// name in words (<c>DataQualityNote</c> is "Data quality note", <c>Progress[0]</c> "Progress") and in
    /// lower case with hyphens (<c>data-quality-note</c>, <c>progress-0</c>), as the form's inputs are written.
    /// </summary>
    protected virtual (string Label, string FieldId) Describe(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string name = key[(key.LastIndexOf('.') + 1)..];
        int index = name.IndexOf('[', StringComparison.Ordinal);
        string bare = index < 0 ? name : name[..index];
        var label = new StringBuilder();
        var id = new StringBuilder();
        foreach (char c in bare)
        {
            if (char.IsUpper(c) && label.Length > 0)
            {
                label.Append(' ');
                id.Append('-');
            }

            label.Append(label.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            id.Append(char.ToLowerInvariant(c));
        }

        if (index >= 0)
        {
            id.Append('-').Append(name[(index + 1)..].TrimEnd(']'));
        }

        return (label.ToString(), id.ToString());
    }
}
