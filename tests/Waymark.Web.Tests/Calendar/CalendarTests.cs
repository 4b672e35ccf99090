using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Trackers;

namespace Waymark.Web.Tests.Calendar;

/// <summary>
/// The Q3 2010/11 cycle on 10 February 2011, with NI 66's Q3 return removed and HW-3a's Q3 tracker back with its
/// director: both are overdue, named with who owes them.
/// </summary>
public sealed class CalendarTests(CalendarApp app) : IClassFixture<CalendarApp>
{
    [Fact]
    public async Task Calendar_AfterTheDeadlines_ListsTheMissingReturnAndTheUnagreedTrackerAsOverdue()
    {
        ReportingPeriod q3 = ReportingPeriod.Parse("2010/11 Q3");
        await app.WithDbAsync(async db =>
        {
            int ni66 = await db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync();
            db.Results.Remove(await db.Results.SingleAsync(r => r.IndicatorId == ni66 && r.Period == q3));
            int hw3a = await db.Priorities.Where(p => p.Code == "HW-3a").Select(p => p.Id).SingleAsync();
            (await db.Trackers.SingleAsync(t => t.PriorityId == hw3a && t.Period == q3)).State = TrackerState.Submitted;
            return await db.SaveChangesAsync();
        });
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync("/calendar");

        Assert.Equal("Today is 10 February 2011.", Html.Row(html, "id=\"today\""));
        Assert.Equal("Q3 2010/11 cycle", Html.Row(html, "id=\"cycle\""));
        Assert.Contains("21 January 2011 (passed) Q3 results entered data-officer", Html.Row(html, "id=\"deadlines\""), StringComparison.Ordinal);
        Assert.Contains("17 March 2011 Children's Services Scrutiny Board", Html.Row(html, "id=\"meetings\""), StringComparison.Ordinal);
        string returns = Html.Row(html, "id=\"returns\"");
        Assert.StartsWith("1 outstanding, 1 overdue", returns, StringComparison.Ordinal);
        Assert.Matches("NI 66 .*, Q3 2010/11 Return not entered Sam Patel 21 January 2011 Overdue", returns);
        string trackers = Html.Row(html, "id=\"trackers\"");
        Assert.StartsWith("1 outstanding, 1 overdue", trackers, StringComparison.Ordinal);
        Assert.Contains("HW-3a", trackers, StringComparison.Ordinal);
        Assert.EndsWith("Rating not agreed Catherine Walsh 4 February 2011 Overdue", trackers, StringComparison.Ordinal);
    }
}
