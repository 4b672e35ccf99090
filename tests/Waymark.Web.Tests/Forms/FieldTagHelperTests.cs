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
    public void Input_WithAKeyboard_WritesItsInputModeAfterItsValue()
    {
        string html = Render(new InputTagHelper { Name = "Value", Id = "value", Label = "Result", Value = "87.4", InputMode = "decimal", Spellcheck = "false" }, new Form());

        Assert.Contains("<input class=\"govuk-input\" id=\"value\" name=\"Value\" type=\"text\" value=\"87.4\" inputmode=\"decimal\" spellcheck=\"false\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period")]
    [InlineData("Period")]
    [InlineData("PERIOD")]
    public void Input_NamedInAnyCase_ShowsTheErrorOfItsProperty(string name)
    {
        var form = new Form();
        form.AddError("Period", "period", "Enter a period, such as 2010/11 Q3");

        string html = Render(new InputTagHelper { Name = name, Id = "period", Label = "Period" }, form);

        Assert.Contains($"name=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> Enter a period, such as 2010/11 Q3</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"period-error\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Textarea_WithAnEmptyHint_HasNoHintAndIsDescribedByNothing(string hint)
    {
        string html = Render(new TextareaTagHelper { Name = "Progress[0]", Id = "progress-0", Label = "Progress on: Drop-ins", Hint = hint, Rows = 2 }, new Form());

        Assert.DoesNotContain("govuk-hint", html, StringComparison.Ordinal);
        Assert.Contains("<textarea class=\"govuk-textarea\" id=\"progress-0\" name=\"Progress[0]\" rows=\"2\"></textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Textarea_AsThePageHeading_IsALabelInAnH1WithItsCaption()
    {
        string html = Render(new TextareaTagHelper { Name = "Text", Id = "text", Label = "Conclusions", Caption = "Children's Services Scrutiny Board, 2010/11 Q3", IsPageHeading = true, LabelClass = "govuk-label--l" }, new Form());

        Assert.Contains("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"text\"><span class=\"govuk-caption-l\">Children&#x27;s Services Scrutiny Board, 2010/11 Q3</span> Conclusions</label></h1><textarea", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_NotThePageHeading_HasNoH1()
    {
        string html = Render(new InputTagHelper { Name = "Code", Id = "code", Label = "Code", LabelClass = "govuk-label--s" }, new Form());

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-caption", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_WithAnError_IsInErrorAndDescribedByIt()
    {
        var form = new Form();
        form.AddError("Board", "board", "Select a board");

        string html = Render(new SelectTagHelper { Name = "board", Id = "board", Label = "Board", Options = [("Children's Services", "Children's Services")] }, form);

        Assert.Contains("<select class=\"govuk-select govuk-select--error\" id=\"board\" name=\"board\" aria-describedby=\"board-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FileUpload_WithHintAndError_IsInErrorAndDescribedByBoth()
    {
        var form = new Form();
        form.AddError("Upload", "file", "Select a file to upload");

        string html = Render(new FileUploadTagHelper { Name = "Upload", Id = "file", Label = "File", Hint = "CSV; up to 20 MB" }, form, tag: "govuk-file-upload");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\"><label class=\"govuk-label govuk-label--s\" for=\"file\">File</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"govuk-file-upload govuk-file-upload--error\" id=\"file\" name=\"Upload\" type=\"file\" aria-describedby=\"file-hint file-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FileUpload_WithoutError_IsDescribedByItsHint()
    {
        string html = Render(new FileUploadTagHelper { Name = "Upload", Id = "file", Label = "File", Hint = "CSV; up to 20 MB" }, new Form(), tag: "govuk-file-upload");

        Assert.Contains("<input class=\"govuk-file-upload\" id=\"file\" name=\"Upload\" type=\"file\" aria-describedby=\"file-hint\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, "govuk-radios govuk-radios--inline")]
    [InlineData(true, true, "govuk-radios govuk-radios--small govuk-radios--inline")]
    [InlineData(false, false, "govuk-radios")]
    [InlineData(false, true, "govuk-radios govuk-radios--small")]
    public void Radios_InlineAndSmall_AreClassedSo(bool inline, bool small, string classes)
    {
        string html = Render(new ChoicesTagHelper { Name = "ProposedRating", Id = "proposed-rating", Label = "Overall rating you propose", Options = [("red", "Red"), ("amber", "Amber")], Inline = inline, Small = small }, new Form(), tag: "govuk-radios");

        Assert.Contains($"<div class=\"{classes}\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Radios_WithAnErrorAndNoHint_FieldsetIsDescribedByTheError()
    {
        var form = new Form();
        form.AddError("ProposedRating", "proposed-rating", "Select the overall rating you propose");

        string html = Render(new ChoicesTagHelper { Name = "ProposedRating", Id = "proposed-rating", Label = "Overall rating you propose", Options = [("red", "Red")] }, form, tag: "govuk-radios");

        Assert.Contains("<fieldset class=\"govuk-fieldset\" aria-describedby=\"proposed-rating-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"proposed-rating-error\" class=\"govuk-error-message\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, " checked=\"checked\"")]
    [InlineData(false, "")]
    public void Checkbox_PostsTrueAndIsDescribedByTheHintUnderItsLabel(bool ticked, string checkedAttribute)
    {
        string html = Render(new CheckboxTagHelper { Name = "HighRisk", Id = "high-risk", Label = "High risk", Hint = "Tracked every quarter", Checked = ticked }, new Form(), tag: "govuk-checkbox");

        Assert.Equal(
            "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            + $"<input class=\"govuk-checkboxes__input\" id=\"high-risk\" name=\"HighRisk\" type=\"checkbox\" value=\"true\"{checkedAttribute} aria-describedby=\"high-risk-hint\">"
            + "<label class=\"govuk-label govuk-checkboxes__label\" for=\"high-risk\">High risk</label><div class=\"govuk-hint govuk-checkboxes__hint\" id=\"high-risk-hint\">Tracked every quarter</div></div></div></div>",
            html);
    }

    [Fact]
    public void Checkbox_WithoutHint_IsDescribedByNothing()
    {
        string html = Render(new CheckboxTagHelper { Name = "allTrackers", Id = "all-trackers", Label = "Put every tracker in full" }, new Form(), tag: "govuk-checkbox");

        Assert.DoesNotContain("aria-describedby", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-hint", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMessage_OfAControlThatIsNotAField_IsTheMessageAloneWithItsId()
    {
        var form = new Form();
        form.AddError("Lock", "lock", "You cannot lock your own account");

        string html = Render(new ErrorMessageTagHelper { Name = "Lock", Id = "lock" }, form, tag: "govuk-error-message");

        Assert.Equal("<p id=\"lock-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> You cannot lock your own account</p>", html);
    }

    [Fact]
    public void ErrorMessage_WithoutAnError_WritesNothing()
    {
        var form = new Form();
        form.AddError("Email", "email", "Enter an email address");

        Assert.Equal(string.Empty, Render(new ErrorMessageTagHelper { Name = "Lock", Id = "lock" }, form, tag: "govuk-error-message"));
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
            case ErrorMessageTagHelper message:
                message.ViewContext = context;
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
