using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>An indicator's owner or the performance team works the XmR chart's limits out again from a period, with a reason that readers see, and removes it.</summary>
public sealed class RecalculationPointPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Reason = "A new triage service started in October 2010";

    [Fact]
    public async Task Administrator_AddsAPointWithAReason_TheLimitsAreWorkedOutAgainFromIt_AndRemovingItUndoesThat()
    {
        int id = await SeriesAsync();
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage added = await client.PostFormAsync($"/indicators/{id}", $"/indicators/{id}?handler=Recalculate", new() { ["RecalculateFrom"] = "2010/11 Q3", ["RecalculationReason"] = Reason });
        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("from Q3 2010/11: " + Reason, Html.Row(html, "id=\"recalculations\""));
        // From 2010/11 Q3: 14 values 60, 61, 59, ... sum 841, mean 60.0714; mean moving range 17 / 13; limits 60.0714 ± 2.66 x 1.3077.
        Assert.Equal($"Q3 2010/11 (recalculated) 60.0 60.07 56.59 63.55 {Reason} Common cause", Html.Row(html, "data-xmr-period=\"2010/11 Q3\""));
        Assert.Equal("Q4 2013/14 61.0 60.07 56.59 63.55 Common cause", Html.Row(html, "data-xmr-period=\"2013/14 Q4\""));
        Assert.StartsWith("Q2 2010/11 49.0 49.93", Html.Row(html, "data-xmr-period=\"2010/11 Q2\""), StringComparison.Ordinal);
        Assert.Equal(1, Html.Count(html, "<line data-mark=\"recalculation\""));
        Assert.Contains("The limits are worked out again once.", html, StringComparison.Ordinal);
        Assert.StartsWith("From Q3 2010/11: " + Reason + " (added by", Html.Row(html, "data-recalculation-point=\"2010/11 Q3\""), StringComparison.Ordinal);
        string audited = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "recalculation_point" && a.Action == "added").Select(a => a.After!).SingleAsync());
        Assert.Contains(Reason, audited, StringComparison.Ordinal);
        (_, string audit) = await client.GetPageAsync($"/indicators/{id}/audit");
        Assert.Contains("Limits worked out again from 2010/11 Q3", audit, StringComparison.Ordinal);

        int point = await app.WithDbAsync(db => db.RecalculationPoints.Where(p => p.IndicatorId == id).Select(p => p.Id).SingleAsync());
        HttpResponseMessage removed = await client.PostFormAsync($"/indicators/{id}", $"/indicators/{id}?handler=RemoveRecalculation&point={point}", []);
        (_, string after) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("id=\"recalculations\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain(Reason, after, StringComparison.Ordinal);
        Assert.Equal(0, Html.Count(after, "<line data-mark=\"recalculation\""));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == "recalculation_point" && a.Action == "removed")));
    }

    [Fact]
    public async Task EmptyOrUnknownPeriod_AndNoReason_AreRefusedNamingTheField_AndNothingIsStored()
    {
        int id = await SeriesAsync();
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage empty = await client.PostFormAsync($"/indicators/{id}", $"/indicators/{id}?handler=Recalculate", new() { ["RecalculateFrom"] = "", ["RecalculationReason"] = " " });
        string emptyHtml = await empty.Content.ReadAsStringAsync();
        HttpResponseMessage later = await client.PostFormAsync($"/indicators/{id}", $"/indicators/{id}?handler=Recalculate", new() { ["RecalculateFrom"] = "2030/31 Q1", ["RecalculationReason"] = Reason });
        string laterHtml = await later.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("There is a problem", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the period from which the limits are worked out again, for example 2010/11 Q1", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the reason the limits are worked out again", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#recalculate-from\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Period Q1 2030/31 has no result on the XmR chart: enter the period of a result after the first", laterHtml, StringComparison.Ordinal);
        Assert.Contains(Reason, laterHtml, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.RecalculationPoints.CountAsync()));
    }

    [Fact]
    public async Task Member_SeesNoForm_AndCannotAddAPoint()
    {
        int id = await SeriesAsync();
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");
        HttpResponseMessage posted = await client.PostFormAsync($"/indicators/{id}", $"/indicators/{id}?handler=Recalculate", new() { ["RecalculateFrom"] = "2010/11 Q3", ["RecalculationReason"] = Reason });

        Assert.DoesNotContain("id=\"recalculate\"", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.RecalculationPoints.CountAsync()));
    }

    /// <summary>NI 45 with 14 quarters about 50 from 2007/08 Q1 and 14 about 60 from 2010/11 Q3, no targets and no recalculation points.</summary>
    private async Task<int> SeriesAsync()
    {
        int id = await app.IndicatorIdAsync("NI 45");
        decimal[] values = [50m, 51m, 49m, 50m, 51m, 49m, 50m, 51m, 49m, 50m, 51m, 49m, 50m, 49m, 60m, 61m, 59m, 60m, 61m, 59m, 60m, 61m, 59m, 60m, 61m, 59m, 60m, 61m];
        await app.WithDbAsync(async db =>
        {
            db.RecalculationPoints.RemoveRange(db.RecalculationPoints);
            db.Targets.RemoveRange(db.Targets.Where(t => t.IndicatorId == id));
            db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == id));
            ReportingPeriod period = ReportingPeriod.Parse("2007/08 Q1");
            foreach (decimal value in values)
            {
                db.Results.Add(new Result { IndicatorId = id, Period = period, PeriodStart = period.Start, Value = value, EnteredBy = "test", EnteredAt = new DateTimeOffset(2014, 5, 1, 9, 0, 0, TimeSpan.Zero) });
                period = period.Next();
            }

            return await db.SaveChangesAsync();
        });
        return id;
    }
}
