using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>A GOV.UK text input with its label, hint and error: <c>&lt;govuk-input name="Code" id="code" label="Code" value="..." /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : LabelledFieldTagHelper
{
    public string? Value { get; set; }

    /// <summary>The input's type: <c>text</c> unless given, such as <c>email</c> or <c>password</c> (whose value is never written back).</summary>
    public string Type { get; set; } = "text";

    /// <summary>Width and other classes of the input, such as <c>govuk-input--width-10</c>.</summary>
    public string? InputClass { get; set; }

    /// <summary>The keyboard a phone shows, such as <c>decimal</c> for a figure; left out when not given.</summary>
    public string? InputMode { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary><c>false</c> for codes, names and addresses; left out when not given.</summary>
    public string? Spellcheck { get; set; }

    public int? MaxLength { get; set; }

    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        WriteLabel(html);
        WriteHint(html);
        WriteError(html, error);
        html.Raw("<input class=\"govuk-input" + (InputClass is null ? "" : " " + InputClass) + (error is null ? "" : " govuk-input--error") + "\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("type", Type)
            .Attribute("value", Type == "password" ? null : Value ?? string.Empty)
            .Attribute("inputmode", InputMode).Attribute("spellcheck", Spellcheck).Attribute("autocomplete", Autocomplete)
            .Attribute("maxlength", MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attribute("aria-describedby", DescribedBy(error)).Raw(">");
    }
}
