using System.Net;

namespace Waymark.Web.Tests.Home;

public sealed class HomePageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Board = "data-rating=";

    [Fact]
    public async Task Home_LeedsAtQ3201011_ShowsThePublishedSummaryOfTheBoard()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/?period=2010/11 Q3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Performance at Q3 2010/11", html, StringComparison.Ordinal);
        Assert.Contains("Children&#x27;s Services Scrutiny Board", html, StringComparison.Ordinal);
        Assert.Contains("Ratings of 33 indicators", html, StringComparison.Ordinal);
        Assert.Equal("Red 4 12% 3 9%", Html.Row(html, Board + "\"red\""));
        Assert.Equal("Amber 11 33% 14 42%", Html.Row(html, Board + "\"amber\""));
        Assert.Equal("Green 15 45% 13 39%", Html.Row(html, Board + "\"green\""));
        Assert.Equal("Unable to traffic light 3 9% 3 9%", Html.Row(html, Board + "\"not_rated\""));
    }

    [Fact]
    public async Task Home_WithoutAPeriod_ShowsTheLatestReportingCycleWithResults()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Director);

        (_, string html) = await client.GetPageAsync("/");

        Assert.Contains("Performance at Q3 2010/11", html, StringComparison.Ordinal);
        Assert.Equal("Red 4 12% 3 9%", Html.Row(html, Board + "\"red\""));
    }

    [Fact]
    public async Task Home_RedAndAmberIndicators_ListsTheFourRedFirstWithTheirFigures()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/?period=2010/11 Q3");

        Assert.Equal(15, Html.Count(html, "data-indicator=\""));
        Assert.Equal("NI 43 Young people within the Youth Justice System receiving a conviction in court who are sentenced to custody 8.9% 6.5% Red ↑ improving", Html.Row(html, "data-indicator=\"NI 43\""));
        Assert.Equal("NI 117 16 to 18 year olds who are not in education, training or employment (NEET) 8.0% 7.5% Amber ↑ improving", Html.Row(html, "data-indicator=\"NI 117\""));
        int lastRed = html.IndexOf("data-indicator=\"NI 148\"", StringComparison.Ordinal);
        int firstAmber = html.IndexOf("data-indicator=\"NI 45\"", StringComparison.Ordinal);
        Assert.True(lastRed < firstAmber, "red indicators come before amber ones");
    }

    [Fact]
    public async Task Home_RedAndAmberTrackers_ListsTheNeetTrackerAsAmber()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/?period=2010/11 Q3");

        Assert.StartsWith("Amber LN-1d Increase the proportion of vulnerable groups", Html.Row(html, "data-tracker=\"LN-1d\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Anonymous_ShowsNoFiguresAndOffersSignIn()
    {
        HttpClient client = app.Anonymous();

        (HttpStatusCode status, string html) = await client.GetPageAsync("/?period=2010/11 Q3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/sign-in\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rating", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NI 43", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_PeriodThatIsNotAPeriod_SaysWhatIsWrong()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/?period=Q5 2010");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("govuk-error-message", html, StringComparison.Ordinal);
        Assert.Contains("Q5 2010", html, StringComparison.Ordinal);
    }
}
