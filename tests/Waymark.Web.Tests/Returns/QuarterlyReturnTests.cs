using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;

namespace Waymark.Web.Tests.Returns;

/// <summary>Quarterly returns of the Leeds sample's indicators, entered by their owners.</summary>
public sealed class QuarterlyReturnTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private static readonly ReportingPeriod Q4 = ReportingPeriod.Parse("2010/11 Q4");

    [Fact]
    public async Task Get_WithoutAPeriod_OffersThePeriodAfterTheLatestResult()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 46");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}/return");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Quarterly return for Q4 2010/11", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValueThatIsNotANumber_ShowsTheErrorInTheSummaryAndByTheField()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 117");

        HttpResponseMessage response = await PostAsync(client, id, "2011/12 Q1", new() { ["Value"] = "eight", ["DataQuality"] = "ok" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Quarterly return", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#value\">The result must be a number, like 87.4</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"value-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The result must be a number, like 87.4</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"eight\"", html, StringComparison.Ordinal);
        Assert.False(await HasResultAsync(id, ReportingPeriod.Parse("2011/12 Q1")));
    }

    [Theory]
    [InlineData("6,5", "The result must be a number, like 6.5: use a point for decimals and commas only between thousands (you entered 6,5)")]
    [InlineData("1,2,3", "The result must be a number, like 123: use a point for decimals and commas only between thousands (you entered 1,2,3)")]
    [InlineData("87%", "The result must be a number, like 87: leave out the % sign (the unit says it is a percentage) (you entered 87%)")]
    public async Task Post_FigureWrittenAnotherWay_IsRefusedSayingWhatToChange(string value, string message)
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 117");

        HttpResponseMessage response = await PostAsync(client, id, "2011/12 Q2", new() { ["Value"] = value, ["DataQuality"] = "ok" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: " + message, Html.Row(html, "id=\"value-error\""));
        Assert.False(await HasResultAsync(id, ReportingPeriod.Parse("2011/12 Q2")));
    }

    [Fact]
    public async Task Post_FigureWithThousandsSeparated_IsSaved()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 111");

        HttpResponseMessage response = await PostAsync(client, id, Q4.ToString(), new() { ["Value"] = "1,234", ["DataQuality"] = "ok", ["Commentary"] = "More first time entrants than planned." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.IndicatorId == id && r.Period == Q4));
        Assert.Equal(1234m, stored.Value);
    }

    [Fact]
    public async Task Post_DataQualityInCapitals_IsReadAsTheWord()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 46");
        var period = ReportingPeriod.Parse("2011/12 Q1");

        HttpResponseMessage response = await PostAsync(client, id, period.ToString(), new() { ["Value"] = "90.0", ["DataQuality"] = "Withheld" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.IndicatorId == id && r.Period == period));
        Assert.Equal(Waymark.Results.DataQuality.Withheld, stored.DataQuality);
    }

    [Fact]
    public async Task Post_AmberWithoutCommentary_AsksForCommentary()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 87");

        // NI 87 (lower is better): 5.9 misses the 5.5 target by 0.4, within the absolute tolerance of 0.5: amber.
        HttpResponseMessage response = await PostAsync(client, id, Q4.ToString(), new() { ["Value"] = "5.9", ["DataQuality"] = "ok" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#commentary\">Enter commentary: the result is amber, so say why and what is being done</a>", html, StringComparison.Ordinal);
        Assert.False(await HasResultAsync(id, Q4));
    }

    [Fact]
    public async Task Post_GreenWithoutCommentary_IsSavedAndShownOnTheIndicator()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 117");

        HttpResponseMessage response = await PostAsync(client, id, Q4.ToString(), new() { ["Value"] = "7.4", ["DataQuality"] = "ok" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/indicators/{id}?saved=2010%2F11%20Q4", response.Headers.Location?.OriginalString);
        (_, string html) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Return for Q4 2010/11 saved", html, StringComparison.Ordinal);
        Assert.Equal("Q4 2010/11 7.4 7.5 Green not comparable 7.4 Green", Html.Row(html, "data-period=\"2010/11 Q4\""));
        var stored = await app.WithDbAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.IndicatorId == id && r.Period == Q4));
        Assert.Equal(7.4m, stored.Value);
        Assert.Equal(WaymarkApp.OtherDataOfficer, stored.EnteredBy);
    }

    [Fact]
    public async Task Post_NumeratorAndDenominator_WorksOutTheValueByTheRules()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 60");

        // 1509 / 2000 = 75.45%, rounded half up to 75.5: exactly the target, so green.
        HttpResponseMessage response = await PostAsync(client, id, "2010/11 Q4", new() { ["Numerator"] = "1509", ["Denominator"] = "2000", ["DataQuality"] = "ok" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.IndicatorId == id && r.Period == Q4));
        Assert.Equal(75.5m, stored.Value);
        Assert.Equal(1509m, stored.Numerator);
    }

    [Fact]
    public async Task Post_ValueThatDisagreesWithNumeratorAndDenominator_SaysWhatTheyGive()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 60");

        HttpResponseMessage response = await PostAsync(client, id, "2011/12 Q3", new() { ["Value"] = "80", ["Numerator"] = "1509", ["Denominator"] = "2000", ["DataQuality"] = "ok" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#value\">The value 80.0 does not match numerator / denominator, which gives 75.5</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CommentaryWithMarkup_IsShownAsText()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 91");

        HttpResponseMessage response = await PostAsync(client, id, "2011/12 Q1", new() { ["Value"] = "70.0", ["DataQuality"] = "ok", ["Commentary"] = "<script>alert('x')</script> Falling." });
        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Falling.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromACopySomeoneElseChanged_ShowsTheirsAndKeepsIt()
    {
        HttpClient first = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        HttpClient second = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 52");
        var q3 = ReportingPeriod.Parse("2010/11 Q3");
        int version = await app.WithDbAsync(db => db.Results.Where(r => r.IndicatorId == id && r.Period == q3).Select(r => r.ConcurrencyVersion).SingleAsync());

        HttpResponseMessage theirs = await PostAsync(second, id, q3.ToString(), new() { ["Value"] = "48.0", ["DataQuality"] = "ok", ["Commentary"] = "Corrected by the performance team.", ["Version"] = Text(version) });
        HttpResponseMessage mine = await PostAsync(first, id, q3.ToString(), new() { ["Value"] = "46.0", ["DataQuality"] = "ok", ["Commentary"] = "Mine.", ["Version"] = Text(version) });
        string html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("alex.morgan@example.org changed this result while you were editing it. Your changes have not been saved", html, StringComparison.Ordinal);
        Assert.Equal("48.0%", Html.Row(html, "data-field=\"their-value\""));
        Assert.Contains("value=\"46.0\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Version\" value=\"{version + 1}\"", html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.IndicatorId == id && r.Period == q3));
        Assert.Equal(48.0m, stored.Value);
        Assert.Equal("Corrected by the performance team.", stored.Commentary);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string period, Dictionary<string, string> fields)
    {
        fields["Period"] = period;
        fields.TryAdd("Version", string.Empty);
        return client.PostFormAsync($"/indicators/{id}/return?period={Uri.EscapeDataString(period)}", $"/indicators/{id}/return", fields);
    }

    private Task<bool> HasResultAsync(int id, ReportingPeriod period) => app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == period));

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
