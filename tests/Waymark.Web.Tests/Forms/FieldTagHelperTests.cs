using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

using Waymark.Web.Forms;
using Waymark.Web.Pages;

namespace Waymark.Web.Tests.Forms;

/// <summary>The GOV.UK field tag helpers write label, hint, error and <c>aria-describedby</c> together, with and without an error.</summary>
public sealed class FieldTagHelperTests
{
    [Fact]
    public void Input_WithHintAndNoError_IsDescribedByItsHint()
    {
        string html = Render(new InputTagHelper { Name = "Code", Id = "code", Label = "Code", Hint = "Such as HW-3a", Value = "HW-3a", LabelClass = "govuk-label--s" }, new Form());

        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-label--s\" for=\"code\">Code</label>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-hint\" id=\"code-hint\">Such as HW-3a</div>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-input\" id=\"code\" name=\"Code\" type=\"text\" value=\"HW-3a\" aria-describedby=\"code-hint\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-error-message", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_WithHintAndError_IsInErrorAndDescribedByBoth()
    {
        var form = new Form();
        form.AddError("Code", "code", "Enter a code, such as HW-3a");

        string html = Render(new InputTagHelper { Name = "Code", Id = "code", Label = "Code", Hint = "Such as HW-3a" }, form);

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"code-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a code, such as HW-3a</p>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-input--error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"code-hint code-error\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("code-hint\">", StringComparison.Ordinal) < html.IndexOf("code-error\"", StringComparison.Ordinal), "the hint comes before the error");
    }

    [Fact]
    public void Input_WithNeitherHintNorError_IsDescribedByNothing()
    {
        string html = Render(new InputTagHelper { Name = "Title", Id = "title", Label = "Title" }, new Form());

        Assert.DoesNotContain("aria-describedby", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-hint", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_ErrorWithoutHint_IsDescribedByTheErrorOnly()
    {
        var form = new Form();
        form.AddError("Email", "email", "Enter your email address");

        string html = Render(new InputTagHelper { Name = "Email", Id = "email", Type = "email", Label = "Email address" }, form);

        Assert.Contains("aria-describedby=\"email-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_Password_NeverWritesItsValueBack()
    {
        string html = Render(new InputTagHelper { Name = "Password", Id = "password", Type = "password", Label = "Password", Value = "secret" }, new Form());

        Assert.DoesNotContain("secret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_OnAPageThatIsNotAForm_TakesItsErrorFromTheModelState()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Period", "Enter a period");

        string html = Render(new InputTagHelper { Name = "Period", Id = "period", Label = "Period" }, model: null, state);

        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> Enter a period</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"period-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Textarea_EncodesItsTextAndIsDescribedByHintAndError()
    {
        var form = new Form();
        form.AddError("Text", "text", "Conclusions must be plain text");

        string html = Render(new TextareaTagHelper { Name = "Text", Id = "text", Label = "Conclusions", Hint = "Plain text", Value = "<b>note</b>", Rows = 3 }, form);

        Assert.Contains("<textarea class=\"govuk-textarea govuk-textarea--error\" id=\"text\" name=\"Text\" rows=\"3\" aria-describedby=\"text-hint text-error\">&lt;b&gt;note&lt;/b&gt;</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_SelectsTheOptionOfItsValue()
    {
        string html = Render(new SelectTagHelper { Name = "Kind", Id = "kind", Label = "Kind of file", Value = "targets", Options = [("", "Select"), ("results", "results"), ("targets", "targets")] }, new Form());

        Assert.Contains("<label class=\"govuk-label govuk-label--s\" for=\"kind\">Kind of file</label>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"targets\" selected=\"selected\">targets</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"results\">results</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkboxes_FirstOptionHasTheFieldsIdAndTheFieldsetIsDescribedByHintAndError()
    {
        var form = new Form();
        form.AddError("Roles", "roles", "Select at least one role");

        string html = Render(new ChoicesTagHelper { Name = "Roles", Id = "roles", Label = "Roles", Hint = "What they do", Options = [("member", "Member"), ("partner", "Partner")], Checked = ["partner"] }, form, tag: "govuk-checkboxes");

        Assert.Contains("<fieldset class=\"govuk-fieldset\" aria-describedby=\"roles-hint roles-error\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Roles</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-checkboxes__input\" id=\"roles\" name=\"Roles\" type=\"checkbox\" value=\"member\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"roles-partner\" name=\"Roles\" type=\"checkbox\" value=\"partner\" checked=\"checked\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-checkboxes__label\" for=\"roles-partner\">Partner</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Radios_AreRadiosAndWithoutHintOrErrorTheFieldsetIsDescribedByNothing()
    {
        string html = Render(new ChoicesTagHelper { Name = "ExpiresIn", Id = "expires-in", Label = "Expires after", Options = [("30", "30 days"), ("365", "1 year")], Checked = ["30"] }, new Form(), tag: "govuk-radios");

        Assert.Contains("<fieldset class=\"govuk-fieldset\"><legend", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios govuk-radios--small\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"expires-in\" name=\"ExpiresIn\" type=\"radio\" value=\"30\" checked=\"checked\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"expires-in-365\" name=\"ExpiresIn\" type=\"radio\" value=\"365\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorSummary_ListsEachErrorInOrderLinkedToItsField()
    {
        var form = new Form();
        form.AddError("Email", "email", "Enter your email address");
        form.AddError("Password", "password", "Enter your password");

        string html = Render(new ErrorSummaryTagHelper(), form, tag: "govuk-error-summary");

        Assert.StartsWith("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#email\">Enter your email address</a></li><li><a href=\"#password\">Enter your password</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorSummary_WithoutErrors_WritesNothing()
    {
        Assert.Equal(string.Empty, Render(new ErrorSummaryTagHelper(), new Form(), tag: "govuk-error-summary"));
    }

    private static string Render(TagHelper helper, object? model, ModelStateDictionary? state = null, string tag = "govuk-input")
    {
        state ??= model is Form form ? form.ModelState : new ModelStateDictionary();
        var context = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), state) { Model = model } };
        switch (helper)
        {
            case FieldTagHelper field:
                field.ViewContext = context;
                break;
            case ErrorSummaryTagHelper summary:
                summary.ViewContext = context;
                break;
        }

        var tagContext = new TagHelperContext(tag, [], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(tagContext, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class Form : FormPage;
}
