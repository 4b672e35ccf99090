using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Assessments;

namespace Waymark.Web.Tests.Admin;

/// <summary>
/// The assessment frameworks from the administration pages: each block, its steps, indicators with thresholds and
/// points, and the category rules; an indicator's thresholds and points changed, checked by its polarity, audited,
/// and the assessment worked out again from them.
/// </summary>
public sealed class AssessmentAdministrationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Frameworks_ShowEachBlocksRuleIndicatorsThresholdsAndPoints_AndTheCategoryRules()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        (HttpStatusCode status, string html) = await admin.GetPageAsync("/admin/assessments");

        Assert.Equal(HttpStatusCode.OK, status);
        string cpa = Element(html, "data-framework=\"CPA 2007\"", "section");
        Assert.Equal(
            "Scores CPA 2007 from results in 2007/08, carrying scores forward from CPA 2006 when fewer than 50% of a block's indicators have a new result. Its thresholds are illustrative.",
            Html.Row(cpa, "data-field=\"summary\""));
        Assert.Equal("Judged by inspection: its score is entered, not computed.", Html.Row(cpa, "data-block-rule=\"Corporate Assessment\""));
        Assert.Equal(
            "Scored on the average of its indicators' points: from 0 scores 1; from 1.5 scores 2; from 2 scores 3; from 2.5 scores 4.",
            Html.Row(cpa, "data-block-rule=\"Culture Service Assessment\""));
        Assert.StartsWith("NI 88 Number of Extended Schools 90.0 95.0 earns the better band 1, 2, 3 Change", Html.Row(cpa, "data-threshold=\"CPA 2007 Culture Service Assessment NI 88\""), StringComparison.Ordinal);
        Assert.StartsWith("NI 109 Delivery of Sure Start Children's Centres 50 60 ", Html.Row(cpa, "data-threshold=\"CPA 2007 Culture Service Assessment NI 109\""), StringComparison.Ordinal);
        Assert.StartsWith(
            "4 star: Corporate Assessment at least 3, and Use of Resources at least 3, and no block below 2, and 5 blocks at least 3",
            Html.Row(cpa, "data-field=\"categories\""),
            StringComparison.Ordinal);
        string own = Element(html, "data-framework=\"Children&#x27;s Services self-assessment 2010/11\"", "section");
        Assert.StartsWith("NI 43 ", Html.Row(own, "data-threshold=\"Children&#x27;s Services self-assessment 2010/11 Young people NI 43\""), StringComparison.Ordinal);
        Assert.Contains(" 10.0 6.0 stays in the worse band 1, 2, 3 ", Html.Row(own, "data-threshold=\"Children&#x27;s Services self-assessment 2010/11 Young people NI 43\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frameworks_AreForAdministratorsOnly()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await member.GetAsync(new Uri("/admin/assessments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ThresholdForm_BadFields_NameEachFieldAndSaveNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string page = await PageAsync("CPA", "Culture Service Assessment", "NI 88");
        int audited = await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == "assessment_threshold"));

        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Lower"] = "ninety", ["Upper"] = "", ["AtThreshold"] = "level", ["PointsBottom"] = "1", ["PointsMiddle"] = "2.5", ["PointsTop"] = "" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#lower\">The lower threshold must be a number, like 45.5, not &#x27;ninety&#x27;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#upper\">Enter the upper threshold</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#at-threshold\">Select which band a value exactly on a threshold falls in</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#points-middle\">The points of the middle band must be a whole number from 0 to 100, not &#x27;2.5&#x27;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#points-top\">Enter the points of the top band</a>", html, StringComparison.Ordinal);
        Assert.Equal("Error: Enter the upper threshold", Html.Row(html, "id=\"upper-error\""));
        Assert.Equal(audited, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == "assessment_threshold")));
    }

    [Fact]
    public async Task ThresholdForm_UpperBelowLowerWhenHigherIsBetter_IsRefusedNamingThePolarity()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string page = await PageAsync("CPA", "Culture Service Assessment", "NI 88");

        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Lower"] = "95", ["Upper"] = "90", ["AtThreshold"] = "better", ["PointsBottom"] = "3", ["PointsMiddle"] = "2", ["PointsTop"] = "1" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#upper\">The thresholds of NI 88 do not fit its polarity: the upper threshold 90 is below the lower threshold 95, but higher is better</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#points-top\">Points must not fall from band to band: bottom 3, middle 2 and top 1 do</a>", html, StringComparison.Ordinal);
        AssessmentThreshold stored = await ThresholdAsync("CPA", "Culture Service Assessment", "NI 88");
        Assert.Equal((90m, 95m), (stored.LowerThreshold, stored.UpperThreshold));
    }

    [Fact]
    public async Task ThresholdForm_Saved_IsStoredAuditedAndMovesTheBlocksScore()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string page = await PageAsync("CPA", "Culture Service Assessment", "NI 52");
        (_, string form) = await admin.GetPageAsync(page);
        Assert.Contains("name=\"Lower\" type=\"text\" value=\"45\"", form, StringComparison.Ordinal);

        // NI 52's Q1 2007/08 result of 45.6 falls below a lower threshold of 46: bottom (1) with two middles (2, 2)
        // averages 1.67, so the Culture Service Assessment drops from 3 to 2.
        HttpResponseMessage saved = await admin.PostFormAsync(page, page, new() { ["Lower"] = "46", ["Upper"] = "50", ["AtThreshold"] = "better", ["PointsBottom"] = "1", ["PointsMiddle"] = "2", ["PointsTop"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (_, string list) = await admin.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Thresholds and points of NI 52 in Culture Service Assessment saved.", Html.Row(list, "id=\"saved\""));
        AssessmentThreshold stored = await ThresholdAsync("CPA", "Culture Service Assessment", "NI 52");
        Assert.Equal((46m, 50m), (stored.LowerThreshold, stored.UpperThreshold));
        string key = stored.Id.ToString(CultureInfo.InvariantCulture);
        AuditEntryLine change = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "assessment_threshold" && a.EntityKey == key && a.Action == "changed").Select(a => new AuditEntryLine(a.Actor, a.Before, a.After)).SingleAsync());
        Assert.Equal(WaymarkApp.Administrator, change.Actor);
        Assert.Contains("45", change.Before, StringComparison.Ordinal);
        Assert.Contains("46", change.After, StringComparison.Ordinal);
        (_, string assessed) = await admin.GetPageAsync("/assessments?framework=" + Uri.EscapeDataString("CPA 2007") + "&period=" + Uri.EscapeDataString("2007/08 Q1"));
        Assert.StartsWith("Level 2 Services: Culture Service Assessment 2 computed 2 (provisional) ", Html.Row(assessed, "data-block=\"Culture Service Assessment\""), StringComparison.Ordinal);
    }

    private sealed record AuditEntryLine(string Actor, string? Before, string? After);

    private async Task<string> PageAsync(string framework, string block, string code) =>
        $"/admin/assessments/thresholds/{(await ThresholdAsync(framework, block, code)).Id}";

    private Task<AssessmentThreshold> ThresholdAsync(string framework, string block, string code) => app.WithDbAsync(async db =>
    {
        int indicator = await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
        int blockId = await db.AssessmentFrameworks.Where(f => f.Name == framework).SelectMany(f => f.Blocks).Where(b => b.Name == block).Select(b => b.Id).SingleAsync();
        return await db.Set<AssessmentThreshold>().AsNoTracking().SingleAsync(t => t.BlockId == blockId && t.IndicatorId == indicator);
    });

    private static string Element(string html, string attribute, string tag)
    {
        int at = html.IndexOf(attribute, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The page has no element with {attribute}");
        int start = html.LastIndexOf('<' + tag, at, StringComparison.Ordinal);
        int end = html.IndexOf("</" + tag + ">", at, StringComparison.Ordinal);
        return html[start..(end + tag.Length + 3)];
    }
}
