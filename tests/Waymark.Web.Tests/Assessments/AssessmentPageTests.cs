using System.Net;
using System.Text.RegularExpressions;

namespace Waymark.Web.Tests.Assessments;

/// <summary>
/// The assessments page over the demo council: the self-assessment of the council's own worked out from the Q3
/// 2010/11 results, and CPA 2007 at Q1 2007/08 with Culture computed at 3 and every other block carried forward from CPA 2006.
/// </summary>
public sealed class AssessmentPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private static readonly string Q3 = "/assessments?period=" + Uri.EscapeDataString("2010/11 Q3");

    [Fact]
    public async Task CurrentFramework_AtQ3_ShowsEachBlocksScoreCurrentAndPredictedAndWhatWouldMoveIt()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await member.GetPageAsync(Q3);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Self-assessment 2010/11 at Q3 2010/11", Html.Row(html, "class=\"govuk-heading-l\""));
        Assert.Equal(
            "Children's Services self-assessment 2010/11 scores the round Self-assessment 2010/11 from results up to Q3 2010/11. Its thresholds are illustrative.",
            Html.Row(html, "id=\"framework-summary\""));
        Assert.Equal("Leadership and management none not scored no prediction judged by inspection", Html.Row(html, "data-block=\"Leadership and management\""));
        Assert.Equal(
            "Leadership and management, predicted score: no prediction, as no inspection score has been entered for this round and there is no previous score to carry forward.",
            Html.Row(html, "data-block-gap=\"Leadership and management\""));
        Assert.Equal("Safeguarding 3 computed 3 (provisional) NI 66 falling to 84.9 moves it down to 2", Html.Row(html, "data-block=\"Safeguarding\""));
        Assert.Equal("Looked after children 3 computed 3 (provisional) NI 147 falling to 89.9 moves it down to 2", Html.Row(html, "data-block=\"Looked after children\""));
        Assert.Equal(
            "Young people 2 computed 2 (provisional) NI 112 falling to 35.0 moves it up to 3; NI 43 rising to 10.0 moves it down to 1",
            Html.Row(html, "data-block=\"Young people\""));
        Assert.StartsWith("Overall category: Requires improvement Predicted at the year end: Requires improvement (provisional)", Html.Row(html, "id=\"category\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvisionalScores_AreShadedAsWellAsSaidInWords()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync(Q3);

        // Safeguarding's score is computed from new results (plain); its predicted score rests on predictions (shaded).
        string safeguarding = Element(html, "data-block=\"Safeguarding\"", "tr");
        Assert.Contains("<td class=\"govuk-table__cell\" data-field=\"score\">3</td>", safeguarding, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell waymark-provisional\" data-field=\"predicted\">3 (provisional)</td>", safeguarding, StringComparison.Ordinal);
        Assert.Equal(
            Regex.Count(html, "\\(provisional\\)</td>"),
            Regex.Count(html, "waymark-provisional\" data-field=\"(score|predicted)\">[^<]*\\(provisional\\)</td>"));
    }

    [Fact]
    public async Task Block_ListsItsIndicatorsWithThresholdsBandsAndPointsAndEveryMove()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync(Q3);

        string lac = Element(html, "data-block-detail=\"Looked after children\"", "section");
        Assert.Contains("Score 3 (computed); predicted 3 (provisional).", Html.Text(lac), StringComparison.Ordinal);
        string ni147 = Html.Row(lac, "data-indicator=\"NI 147\"");
        Assert.StartsWith("NI 147 ", ni147, StringComparison.Ordinal);
        Assert.Contains(" 85.0 90.0 92.3 top 3 ", ni147, StringComparison.Ordinal);
        Assert.Contains(" 84.6 middle 2 ", Html.Row(lac, "data-indicator=\"NI 61\""), StringComparison.Ordinal);
        Assert.StartsWith("NI 147 falling to 89.9 moves it down to 2", Html.Row(lac, "data-field=\"moves\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cpa2007_AtQ1_ShowsCultureComputedAt3AndTheCarriedForwardBlocksAsProvisional()
    {
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await administrator.GetPageAsync("/assessments?framework=" + Uri.EscapeDataString("CPA 2007") + "&period=" + Uri.EscapeDataString("2007/08 Q1"));

        Assert.Equal("CPA 2007 at Q1 2007/08", Html.Row(html, "class=\"govuk-heading-l\""));
        Assert.Equal("Corporate Assessment 3 (provisional) carried forward 3 (provisional) judged by inspection", Html.Row(html, "data-block=\"Corporate Assessment\""));
        Assert.Equal(
            "Level 2 Services: Culture Service Assessment 3 computed 3 (provisional) NI 52 falling to 44.9 moves it down to 2",
            Html.Row(html, "data-block=\"Culture Service Assessment\""));
        Assert.Equal(
            "Predicted score provisional: Rests on predicted year ends for 3 of 3 indicators.",
            Html.Row(Element(html, "data-block-detail=\"Culture Service Assessment\"", "section"), "data-field=\"predicted-reason\""));
        Assert.Equal(
            "Level 2 Services: Housing Service Assessment 3 (provisional) carried forward 3 (provisional) no results yet",
            Html.Row(html, "data-block=\"Housing Service Assessment\""));
        Assert.StartsWith(
            "Provisional: Carried forward from the previous round: 0 of 2 indicators have a new result.",
            Html.Row(Element(html, "data-block-detail=\"Housing Service Assessment\"", "section"), "data-field=\"provisional-reason\""),
            StringComparison.Ordinal);
        Assert.Equal(
            "Predicted score: carried forward, as there is no year-end prediction for either of its 2 indicators.",
            Html.Row(Element(html, "data-block-detail=\"Housing Service Assessment\"", "section"), "data-field=\"prediction-gap\""));
        Assert.Equal(
            ["Environment Service Assessment", "Housing Service Assessment"],
            Regex.Matches(html, "data-block-gap=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.StartsWith("Overall category: 4 star (provisional) Predicted at the year end: 4 star (provisional) The category is provisional because at least one block is.", Html.Row(html, "id=\"category\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFrameworkAndPeriod_AreNamedAndTheCurrentFrameworkIsShown()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await member.GetPageAsync("/assessments?framework=CAA&period=Q9");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            "Error: 'CAA' is not a stored framework: choose one of Children's Services self-assessment 2010/11, CPA 2007",
            Html.Row(html, "id=\"framework-error\""));
        Assert.StartsWith("Error: ", Html.Row(html, "id=\"period-error\""), StringComparison.Ordinal);
        Assert.Contains("Q9", Html.Row(html, "id=\"period-error\""), StringComparison.Ordinal);
        Assert.StartsWith("Self-assessment 2010/11 at ", Html.Row(html, "class=\"govuk-heading-l\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_LinksToTheAssessments()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync("/");

        Assert.Equal("Assessments", Html.Row(html, "href=\"/assessments\""));
    }

    /// <summary>The markup of the first <paramref name="tag"/> element with <paramref name="attribute"/>, tags kept.</summary>
    private static string Element(string html, string attribute, string tag)
    {
        int at = html.IndexOf(attribute, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The page has no element with {attribute}");
        int start = html.LastIndexOf('<', at);
        return html[start..(html.IndexOf("</" + tag + ">", at, StringComparison.Ordinal) + tag.Length + 3)];
    }
}
