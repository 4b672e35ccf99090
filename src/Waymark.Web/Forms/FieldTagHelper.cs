using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

using Waymark.Web.Pages;

namespace Waymark.Web.Forms;

/// <summary>
/// What every GOV.UK form field writes the same way: the form group (marked in error when its field has one), the
/// hint and the error message with the visually hidden "Error:" prefix, and the ids that <c>aria-describedby</c>
/// names. The error is the page's own (<see cref="FormPage.FieldError"/>) on a <see cref="FormPage"/>, else the first
/// of the model state's for <see cref="Name"/>.
/// </summary>
public abstract class FieldTagHelper : TagHelper
{
    /// <summary>The bound property the field posts, such as <c>Email</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The id of the input (or of the first option), that the error summary links to, such as <c>email</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The label or legend, as a person reads it.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The hint under the label, or none (an empty hint is none).</summary>
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>The field's error, or null when it has none.</summary>
    public string? Error => ErrorOf(ViewContext, Name);

    /// <summary>The error of the field that posts <paramref name="name"/>, read as <see cref="Error"/> is.</summary>
    internal static string? ErrorOf(ViewContext? context, string name) => context?.ViewData.Model is FormPage page
        ? page.FieldError(name)
        : context?.ViewData.ModelState.TryGetValue(name, out var entry) == true && entry!.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The ids of the hint and the error that the input is described by, or null when there are neither.</summary>
    protected string? DescribedBy(string? error)
    {
        string[] ids = [.. (!HasHint ? [] : (string[])[Id + "-hint"]), .. (error is null ? [] : (string[])[Id + "-error"])];
        return ids.Length == 0 ? null : string.Join(' ', ids);
    }

    private bool HasHint => !string.IsNullOrWhiteSpace(Hint);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string? error = Error;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.Add("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var html = new HtmlWriter();
        Write(html, error);
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>Writes the field inside its form group.</summary>
    private protected abstract void Write(HtmlWriter html, string? error);

    private protected void WriteHint(HtmlWriter html, string extraClass = "")
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HasHint)
        {
            html.Raw($"<div class=\"govuk-hint{extraClass}\" id=\"").Text(Id + "-hint").Raw("\">").Text(Hint).Raw("</div>");
        }
    }

    private protected void WriteError(HtmlWriter html, string? error) => WriteErrorMessage(html, Id, error);

    /// <summary>The error message of the field whose input has the id <paramref name="id"/>, with the visually hidden "Error:" prefix; nothing when there is no error.</summary>
    internal static void WriteErrorMessage(HtmlWriter html, string id, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (error is not null)
        {
            html.Raw("<p id=\"").Text(id + "-error").Raw("\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ").Text(error).Raw("</p>");
        }
    }

    /// <summary>Markup written piece by piece, text always encoded.</summary>
    internal sealed class HtmlWriter
    {
        private readonly System.Text.StringBuilder builder = new();

        public HtmlWriter Raw(string markup)
        {
            builder.Append(markup);
            return this;
        }

        public HtmlWriter Text(string? text)
        {
            builder.Append(HtmlEncoder.Default.Encode(text ?? string.Empty));
            return this;
        }

        /// <summary>An attribute with its leading space, left out when <paramref name="value"/> is null.</summary>
        public HtmlWriter Attribute(string name, string? value) => value is null ? this : Raw(" " + name + "=\"").Text(value).Raw("\"");

        public override string ToString() => builder.ToString();
    }
}
