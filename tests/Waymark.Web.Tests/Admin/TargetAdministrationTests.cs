using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Periods;

namespace Waymark.Web.Tests.Admin;

/// <summary>An indicator's targets and tolerance from the administration pages: checked as targets.csv is, stored, audited, and never saved over someone else's change.</summary>
public sealed class TargetAdministrationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task TargetForm_PeriodAndNumberThatDoNotParse_NameTheFieldAndValue()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string page = await EditPageAsync("NI 66");
        int before = await app.WithDbAsync(db => db.Targets.CountAsync());

        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Period"] = "2011/12 Q5", ["Value"] = "ninety" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: '2011/12 Q5' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q5.", Html.Row(html, "id=\"period-error\""));
        Assert.Contains("<a href=\"#target\">The target must be a number, like 87.4</a>", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Targets.CountAsync()));
    }

    [Fact]
    public async Task TargetForm_OutOfRangeAndAlreadySet_SaySoAsAnImportWould()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");
        ReportingPeriod taken = await app.WithDbAsync(db => db.Targets.Where(t => t.IndicatorId == id).OrderBy(t => t.PeriodStart).Select(t => t.Period).FirstAsync());
        string page = await EditPageAsync("NI 66");

        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Period"] = taken.ToString(), ["Value"] = "120" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<a href=\"#period\">NI 66 already has a target for {taken}: change that one instead</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#target\">The target 120 is out of range for NI 66, whose targets must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetForm_NewTarget_IsRoundedStoredListedUnderItsYearAndAudited()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");
        string page = await EditPageAsync("NI 66");

        HttpResponseMessage saved = await admin.PostFormAsync(page, page, new() { ["Period"] = "Q2 2014/15", ["Value"] = "91.25", ["SetBy"] = "Youth Justice Board" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (HttpStatusCode status, string list) = await admin.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Target for 2014/15 Q2 saved.", Html.Row(list, "id=\"saved\""));
        Assert.Equal("Q2 2014/15 91.3 Youth Justice Board Change the target for Q2 2014/15", Html.Row(list, "data-target=\"2014/15 Q2\""));
        Assert.Contains("Q2 2014/15 91.3", Html.Row(list, "data-year=\"2014/15\""), StringComparison.Ordinal);
        Target stored = await app.WithDbAsync(db => db.Targets.SingleAsync(t => t.IndicatorId == id && t.Period == ReportingPeriod.Parse("2014/15 Q2")));
        Assert.Equal((91.3m, "Youth Justice Board"), (stored.Value, stored.SetBy));
        string key = stored.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(WaymarkApp.Administrator, await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "target" && a.EntityKey == key && a.Action == "added").Select(a => a.Actor).SingleAsync()));
    }

    [Fact]
    public async Task TargetForm_ChangedByAnotherMeanwhile_ShowsTheirsAndSavesNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");
        Target target = await AddTargetAsync(id, "2015/16", 90m);
        string page = $"/admin/indicators/{id}/targets/edit/{target.Id}";
        (_, string form) = await admin.GetPageAsync(page);
        Assert.Contains("name=\"Value\" type=\"text\" value=\"90\"", form, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            Target theirs = await db.Targets.SingleAsync(t => t.Id == target.Id);
            theirs.Value = 92.5m;
            return await db.SaveChangesAsync();
        });
        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Period"] = "2015/16", ["Value"] = "88", ["Version"] = target.ConcurrencyVersion.ToString(CultureInfo.InvariantCulture) });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#target\">Someone else changed this target while you were editing it: it is now 92.5 for 2015/16. Your change has not been saved: check theirs, then save again to replace it</a>", html, StringComparison.Ordinal);
        Assert.Contains("2015/16: 92.5", Html.Row(html, "id=\"theirs\""), StringComparison.Ordinal);
        Assert.Equal(92.5m, await app.WithDbAsync(db => db.Targets.Where(t => t.Id == target.Id).Select(t => t.Value).SingleAsync()));

        HttpResponseMessage again = await admin.PostFormAsync(page, page, new() { ["Period"] = "2015/16", ["Value"] = "88", ["Version"] = (target.ConcurrencyVersion + 1).ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(88m, await app.WithDbAsync(db => db.Targets.Where(t => t.Id == target.Id).Select(t => t.Value).SingleAsync()));
    }

    [Fact]
    public async Task TargetForm_Remove_TakesTheTargetOffTheList()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");
        Target target = await AddTargetAsync(id, "2016/17", 93m);
        string page = $"/admin/indicators/{id}/targets/edit/{target.Id}";

        HttpResponseMessage stale = await admin.PostFormAsync(page, page + "?handler=Remove", new() { ["Version"] = "-1" });
        Assert.Contains("Someone else changed this target", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Targets.AnyAsync(t => t.Id == target.Id)));

        HttpResponseMessage removed = await admin.PostFormAsync(page, page + "?handler=Remove", new() { ["Version"] = target.ConcurrencyVersion.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Targets.AnyAsync(t => t.Id == target.Id)));
        (_, string list) = await admin.GetPageAsync($"/admin/indicators/{id}/targets");
        Assert.DoesNotContain("data-target=\"2016/17\"", list, StringComparison.Ordinal);
        string key = target.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Entity == "target" && a.EntityKey == key && a.Action == "removed")));
    }

    [Fact]
    public async Task Tolerance_OutOfRange_IsRefusedNamingTheValue()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 43");
        string page = $"/admin/indicators/{id}/targets";
        string before = (await app.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Definition.Tolerance).SingleAsync())).ToString();

        HttpResponseMessage response = await admin.PostFormAsync(page, page + "?handler=Tolerance", new() { ["Tolerance"] = "150%", ["Version"] = "1" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#tolerance\">&#x27;150%&#x27; is out of range: a percentage tolerance must be from 0% to 100% of the target.</a>", html, StringComparison.Ordinal);
        Assert.Equal(before, (await app.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Definition.Tolerance).SingleAsync())).ToString());
    }

    [Fact]
    public async Task Tolerance_Changed_StartsANewVersionWithoutASeriesBreakAndRefusesAStaleForm()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 117");
        string page = $"/admin/indicators/{id}/targets";
        int version = await app.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        string read = version.ToString(CultureInfo.InvariantCulture);

        HttpResponseMessage saved = await admin.PostFormAsync(page, page + "?handler=Tolerance", new() { ["Tolerance"] = "0.25", ["Version"] = read });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (_, string html) = await admin.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal($"The tolerance of NI 117 is now 0.25 (version {version + 1}).", Html.Row(html, "id=\"saved\""));
        Assert.Equal("A result that misses its target by no more than 0.25 units is amber; by more, red.", Html.Row(html, "id=\"tolerance-now\""));
        Indicator after = await app.WithDbAsync(db => db.Indicators.Include(i => i.Versions).SingleAsync(i => i.Id == id));
        Assert.False(after.Versions.Single(v => v.Version == version + 1).SeriesBreak);

        HttpResponseMessage stale = await admin.PostFormAsync(page, page + "?handler=Tolerance", new() { ["Tolerance"] = "3%", ["Version"] = read });
        string refused = await stale.Content.ReadAsStringAsync();
        Assert.Contains($"Someone else changed NI 117 while you were editing it: its tolerance is now 0.25 (version {version + 1})", refused, StringComparison.Ordinal);
        Assert.Equal("0.25", (await app.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Definition.Tolerance).SingleAsync())).ToString());
    }

    private async Task<string> EditPageAsync(string code) => $"/admin/indicators/{await app.IndicatorIdAsync(code)}/targets/edit";

    private Task<Target> AddTargetAsync(int indicator, string period, decimal value) => app.WithDbAsync(async db =>
    {
        ReportingPeriod p = ReportingPeriod.Parse(period);
        var target = new Target { IndicatorId = indicator, Period = p, PeriodStart = p.Start, Value = value };
        db.Targets.Add(target);
        await db.SaveChangesAsync();
        return target;
    });
}
