using Microsoft.EntityFrameworkCore;

using Waymark.Data.Trackers;
using Waymark.Periods;
using Waymark.Trackers;
using Waymark.Web.Tests.Calendar;

namespace Waymark.Web.Tests.Home;

/// <summary>
/// The home page on 10 February 2011, in the Q3 2010/11 cycle, with NI 66's Q3 return removed, HW-3a's Q3 tracker
/// back with its director and HW-1d/CYPP 7's returned to its lead officer: each person is told what is theirs to do.
/// </summary>
public sealed class YourWorkTests(CalendarApp app) : IClassFixture<CalendarApp>
{
    private const string Comment = "Say what the new placement panel has changed since Q2.";

    private static readonly ReportingPeriod Q3 = ReportingPeriod.Parse("2010/11 Q3");

    [Fact]
    public async Task Home_DataOfficerWithAMissingReturn_ListsItOverdueWithALinkToTheReturnForm()
    {
        await ArrangeAsync();
        int ni66 = await app.IndicatorIdAsync("NI 66");
        HttpClient officer = await app.SignInAsync(WaymarkApp.DataOfficer);

        (_, string html) = await officer.GetPageAsync("/");

        Assert.Equal("Your work", Html.Row(html, "id=\"your-work-heading\""));
        Assert.Equal("1 outstanding for the Q3 2010/11 cycle, 1 overdue. Today is 10 February 2011.", Html.Row(html, "id=\"your-work-count\""));
        Assert.Matches("^Enter the result for NI 66 .*, Q3 2010/11 21 January 2011 Overdue$", Html.Row(html, "data-work=\"NI 66 "));
        Assert.Contains($"href=\"/indicators/{ni66}/return?period=2010%2F11%20Q3\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"your-work\"", StringComparison.Ordinal) < html.IndexOf("id=\"period\"", StringComparison.Ordinal), "your work comes before the ratings");
    }

    [Fact]
    public async Task Home_Director_ListsTheTrackerAwaitingAgreementOnly()
    {
        await ArrangeAsync();
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);

        (_, string html) = await director.GetPageAsync("/");

        Assert.Equal("1 outstanding for the Q3 2010/11 cycle, 1 overdue. Today is 10 February 2011.", Html.Row(html, "id=\"your-work-count\""));
        Assert.Matches("^Agree or return the rating for HW-3a .*, Q3 2010/11 4 February 2011 Overdue$", Html.Row(html, "data-work=\"HW-3a "));
        Assert.DoesNotContain("data-work=\"NI 66 ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AccountableOfficerWithAReturnedTracker_ShowsTheDirectorsComment()
    {
        await ArrangeAsync();
        HttpClient officer = await app.SignInAsync(WaymarkApp.AccountableOfficer);

        (_, string html) = await officer.GetPageAsync("/");

        string row = Html.Row(html, "data-work=\"HW-1d/CYPP 7 ");
        Assert.StartsWith("Revise the returned tracker and submit it again for HW-1d/CYPP 7 ", row, StringComparison.Ordinal);
        Assert.Contains(", Q3 2010/11 Director's comment: " + Comment + " 28 January 2011 Overdue", row, StringComparison.Ordinal);
        Assert.DoesNotContain("data-work=\"HW-3a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Administrator_ListsEverythingOutstandingByPerson()
    {
        await ArrangeAsync();
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await admin.GetPageAsync("/");

        Assert.Equal("Outstanding across the council", Html.Row(html, "id=\"your-work-heading\""));
        Assert.Equal("3 outstanding for the Q3 2010/11 cycle, 3 overdue. Today is 10 February 2011.", Html.Row(html, "id=\"your-work-count\""));
        Assert.StartsWith("Catherine Walsh Agree or return the rating for HW-3a ", Html.Row(html, "data-work=\"HW-3a "), StringComparison.Ordinal);
        Assert.StartsWith("Helen Carter Revise the returned tracker", Html.Row(html, "data-work=\"HW-1d/CYPP 7 "), StringComparison.Ordinal);
        Assert.StartsWith("Sam Patel Enter the result for NI 66 ", Html.Row(html, "data-work=\"NI 66 "), StringComparison.Ordinal);
        int catherine = html.IndexOf("data-work=\"HW-3a ", StringComparison.Ordinal);
        int helen = html.IndexOf("data-work=\"HW-1d/CYPP 7 ", StringComparison.Ordinal);
        int sam = html.IndexOf("data-work=\"NI 66 ", StringComparison.Ordinal);
        Assert.True(catherine < helen && helen < sam, "people in order of name");
    }

    [Fact]
    public async Task Home_PartnerNamedOnADraftTracker_ListsTheirContributionOnly()
    {
        await ArrangeAsync();
        int hw1d = await app.WithDbAsync(db => db.Trackers.Where(t => t.Period == Q3 && db.Priorities.Any(p => p.Id == t.PriorityId && p.Code == "HW-1d/CYPP 7")).Select(t => t.Id).SingleAsync());
        HttpClient partner = await app.SignInAsync(WaymarkApp.Partner);

        (_, string html) = await partner.GetPageAsync("/");

        Assert.Equal("1 outstanding for the Q3 2010/11 cycle, 1 overdue. Today is 10 February 2011.", Html.Row(html, "id=\"your-work-count\""));
        string row = Html.Row(html, "data-work=\"HW-1d/CYPP 7 ");
        Assert.StartsWith("Add your contribution to the draft tracker for HW-1d/CYPP 7 ", row, StringComparison.Ordinal);
        Assert.EndsWith("28 January 2011 Overdue", row, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/trackers/{hw1d}\">Add your contribution to the draft tracker</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-work=\"HW-3a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AdministratorsEveryone_LeavesOutPartnersContributions()
    {
        await ArrangeAsync();
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await admin.GetPageAsync("/");

        Assert.DoesNotContain("Nadia Rahman", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_MemberOwingNothing_SaysSo()
    {
        await ArrangeAsync();
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync("/");

        Assert.Equal("You have nothing outstanding for the Q3 2010/11 cycle.", Html.Row(html, "id=\"your-work-none\""));
    }

    [Fact]
    public async Task Home_RedCount_LinksToTheBoardsRedIndicatorsAtThePeriod()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);
        int board = await app.WithDbAsync(db => db.Boards.Where(b => b.Name == WaymarkApp.Board).Select(b => b.Id).SingleAsync());

        (_, string html) = await member.GetPageAsync("/?period=2010/11 Q3");
        string link = $"/indicators?board={board}&amp;rating=red&amp;period=2010%2F11%20Q3";
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        Assert.Equal("4", Html.Row(html, "aria-label=\"4 red indicators on Children&#x27;s Services Scrutiny Board\""));

        (_, string list) = await member.GetPageAsync(System.Net.WebUtility.HtmlDecode(link));
        Assert.Equal(4, Html.Count(list, "data-indicator=\""));
    }

    private Task<int> ArrangeAsync() => app.WithDbAsync(async db =>
    {
        int ni66 = await db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync();
        db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == ni66 && r.Period == Q3));
        int hw3a = await db.Priorities.Where(p => p.Code == "HW-3a").Select(p => p.Id).SingleAsync();
        (await db.Trackers.SingleAsync(t => t.PriorityId == hw3a && t.Period == Q3)).State = TrackerState.Submitted;
        int hw1d = await db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync();
        Tracker returned = await db.Trackers.SingleAsync(t => t.PriorityId == hw1d && t.Period == Q3);
        if (returned.State != TrackerState.Returned)
        {
            returned.State = TrackerState.Returned;
            db.TrackerSteps.Add(new TrackerStep { TrackerId = returned.Id, State = TrackerState.Returned, By = "Catherine Walsh", At = new DateTimeOffset(2011, 2, 3, 10, 0, 0, TimeSpan.Zero), Comment = Comment });
        }

        return await db.SaveChangesAsync();
    });
}
