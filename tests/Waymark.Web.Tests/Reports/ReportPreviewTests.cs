using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Web.Tests.Reports;

/// <summary>The board report as signed-in readers see it: the preview's figures, its downloads, and who may change its text.</summary>
public sealed class ReportPreviewTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Q3201011 = "/reports/preview?board=Children%27s%20Services%20Scrutiny%20Board&period=2010%2F11%20Q3";
    private const string Q3200809 = "?board=Children%27s%20Services%20Scrutiny%20Board&period=2008%2F09%20Q3";

    [Fact]
    public async Task Preview_Q3201011_ShowsTheRatingSummaryAMemberReads()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await member.GetAsync(Q3201011);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = Html.Text(html);
        Assert.Contains("Performance indicator ratings, Q3 2010/11 Q3 2010/11 Number % Red 4 12% Amber 11 33% Green 15 45% Unable to traffic light 3 9%", text, StringComparison.Ordinal);
        Assert.Contains("45% (15/33) are green and on track to hit target", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_StartsTheBrowserThatPrintsThePdf_AndTheDownloadIsAnA4Pdf()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage preview = await member.GetAsync(Q3201011);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var printer = app.Services.GetRequiredService<Waymark.Reporting.Writers.PdfPrinter>();
        Assert.True(printer.IsRunning);

        HttpResponseMessage pdf = await member.GetAsync(Q3201011.Replace("/reports/preview", "/reports/download", StringComparison.Ordinal) + "&format=pdf");
        byte[] content = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(content, 0, 4));
        Assert.Equal(1, printer.Launches);
    }

    [Fact]
    public async Task Preview_Q3200809_ShowsNi66AgainstTargetAndPrediction()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        string text = Html.Text((await member.GetPageAsync("/reports/preview" + Q3200809)).Html);

        Assert.Contains("NI 66: Looked after children cases which were reviewed within required timescales", text, StringComparison.Ordinal);
        Assert.Contains("NI 66 at Q3 2008/09 Result Target Rating Predicted year end Annual target Predicted rating Direction of travel 77.4% 80.0% Amber 70.0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ByCycle_IndicatorsAtQ3_TrackersAtQ2_UnlessChosen()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);
        const string board = "/reports/preview?board=Children%27s%20Services%20Scrutiny%20Board";

        string q3 = Html.Text((await member.GetPageAsync(board + "&period=2010%2F11%20Q3")).Html);
        string q2 = Html.Text((await member.GetPageAsync(board + "&period=2010%2F11%20Q2")).Html);
        string q2Both = Html.Text((await member.GetPageAsync(board + "&period=2010%2F11%20Q2&contents=both")).Html);

        Assert.Contains("Performance indicator ratings, Q2 2010/11", q2Both, StringComparison.Ordinal);
        Assert.DoesNotContain("Performance indicator ratings, Q2 2010/11", q2, StringComparison.Ordinal);
        Assert.Contains("Appendix 1: Action trackers", q2, StringComparison.Ordinal);
        Assert.Contains("Performance indicator ratings, Q3 2010/11", q3, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_BadPeriod_ShowsTheErrorBesideTheField()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        string html = (await member.GetPageAsync("/reports/preview?board=Children%27s%20Services%20Scrutiny%20Board&period=Q9")).Html;

        Assert.Contains("<title>Error: Preview a board report - Waymark</title>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#period\">Enter a period like 2010/11 Q3:", html, StringComparison.Ordinal);
        Assert.Contains("id=\"period-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ForAMember_HasNoWayToChangeOrPublish()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);

        string memberHtml = (await member.GetPageAsync(Q3201011)).Html;
        string administratorHtml = (await administrator.GetPageAsync(Q3201011)).Html;

        Assert.DoesNotContain("/reports/narrative", memberHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/reports/publish", memberHtml, StringComparison.Ordinal);
        Assert.Equal(16, Html.Count(administratorHtml, "href=\"/reports/narrative?"));
        Assert.Contains("href=\"/reports/publish?", administratorHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "text/html; charset=utf-8", "childrens-services-scrutiny-board-2010-11-q3.html")]
    [InlineData("pdf", "application/pdf", "childrens-services-scrutiny-board-2010-11-q3.pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "childrens-services-scrutiny-board-2010-11-q3.docx")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "childrens-services-scrutiny-board-2010-11-q3.xlsx")]
    [InlineData("csv", "text/csv; charset=utf-8", "childrens-services-scrutiny-board-2010-11-q3.csv")]
    public async Task Download_EachFormat_HasItsContentTypeAndFileName(string format, string contentType, string fileName)
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await member.GetAsync(Q3201011.Replace("/preview", "/download", StringComparison.Ordinal) + "&format=" + format);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task Download_Pdf_Q3201011_PrintsTheSummary()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        byte[] pdf = await member.GetByteArrayAsync(Q3201011.Replace("/preview", "/download", StringComparison.Ordinal) + "&format=pdf");

        string text = Downloaded.PdfText(pdf);
        Assert.Contains("Red 4 12%", text, StringComparison.Ordinal);
        Assert.Contains("Amber 11 33%", text, StringComparison.Ordinal);
        Assert.Contains("Green 15 45%", text, StringComparison.Ordinal);
        Assert.Contains("Unable to traffic light 3 9%", text, StringComparison.Ordinal);
        Assert.Contains("45% (15/33) are green", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_Docx_Q3200809_HoldsNi66Figures()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        byte[] docx = await member.GetByteArrayAsync("/reports/download" + Q3200809 + "&format=docx");

        string xml = Downloaded.Part(docx, "word/document.xml");
        Assert.Contains("NI 66: Looked after children cases which were reviewed within required timescales", xml, StringComparison.Ordinal);
        Assert.Contains(">77.4%<", xml, StringComparison.Ordinal);
        Assert.Contains(">80.0%<", xml, StringComparison.Ordinal);
        Assert.Contains(">70.0%<", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_Xlsx_Q3201011_HoldsTheRatingCountsAsNumbers()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        byte[] xlsx = await member.GetByteArrayAsync(Q3201011.Replace("/preview", "/download", StringComparison.Ordinal) + "&format=xlsx");

        Assert.Contains("name=\"Rating summary\"", Downloaded.Part(xlsx, "xl/workbook.xml"), StringComparison.Ordinal);
        string summary = Downloaded.Part(xlsx, "xl/worksheets/sheet1.xml");
        foreach (string number in (string[])["4", "0.12", "11", "0.33", "15", "0.45", "3", "0.09"])
        {
            Assert.Contains($"<x:v>{number}</x:v>", summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Narrative_Saved_FillsItsFiguresAndShowsMarkupAsText()
    {
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);
        string page = Q3201011.Replace("/preview", "/narrative", StringComparison.Ordinal) + "&section=executive_summary";

        HttpResponseMessage saved = await administrator.PostFormAsync(page, page, new()
        {
            ["Text"] = "Of {total} indicators, {green} ({green_percent}%) are green.\r\n\r\n<script>alert('x')</script> **not bold**",
        });
        string html = (await administrator.GetPageAsync(Q3201011)).Html;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/reports/preview?", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("<p>1.1 Of 33 indicators, 15 (45%) are green.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>1.2 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; **not bold**</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        string form = (await administrator.GetPageAsync(page)).Html;
        Assert.Contains("Of {total} indicators, {green} ({green_percent}%) are green.", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrative_TooLong_IsRefusedWithTheErrorSummary()
    {
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);
        string page = Q3201011.Replace("/preview", "/narrative", StringComparison.Ordinal) + "&section=conclusions";

        HttpResponseMessage response = await administrator.PostFormAsync(page, page, new() { ["Text"] = new string('a', 10_001) });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li><a href=\"#text\">Conclusions must be 10,000 characters or fewer; it is 10,001</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-textarea--error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrative_UnknownSection_IsNotFound()
    {
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await administrator.GetAsync(Q3201011.Replace("/preview", "/narrative", StringComparison.Ordinal) + "&section=nonsense");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
