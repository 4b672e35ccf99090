using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

namespace Waymark.Web.Tests.Forms;

/// <summary>
/// What a screen reader reads with each field of the forms: its hint, then its error, linked by
/// <c>aria-describedby</c>, as the tag helpers write them on every page.
/// </summary>
public sealed class FormDescriptionTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Tracker_EachFieldIsDescribedByItsHintAndError()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.AccountableOfficer);
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        string page = started.Headers.Location!.OriginalString;

        (_, string draft) = await officer.GetPageAsync(page);
        Assert.Empty(Html.FieldsetDescription(draft, "id=\"proposed-rating\""));
        Assert.Empty(Html.Description(draft, "id=\"contextual-update\""));
        string progressHint = Assert.Single(Html.Description(draft, "id=\"progress-0\""));
        Assert.StartsWith("Owner: ", progressHint, StringComparison.Ordinal);

        HttpResponseMessage incomplete = await officer.PostFormAsync(page, page + "?handler=Submit", new() { ["Version"] = await VersionAsync(page) });
        string errors = await incomplete.Content.ReadAsStringAsync();
        Assert.Equal(["Error: Select the overall rating you propose"], Html.FieldsetDescription(errors, "id=\"proposed-rating\""));
        Assert.Equal(["Error: Select the direction of travel"], Html.FieldsetDescription(errors, "id=\"direction\""));
        Assert.Equal(["Error: Enter a contextual update"], Html.Description(errors, "id=\"contextual-update\""));

        HttpResponseMessage submitted = await officer.PostFormAsync(page, page + "?handler=Submit", new()
        {
            ["Version"] = await VersionAsync(page),
            ["ProposedRating"] = "amber",
            ["Direction"] = "improving",
            ["ContextualUpdate"] = "Conceptions fell for a second quarter.",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        (_, string decision) = await director.GetPageAsync(page);
        Assert.Equal(["The officer proposed amber. Choose another only to amend it."], Html.FieldsetDescription(decision, "id=\"agreed-rating\""));
        Assert.Equal(["Needed only if the rating you agree is not the one proposed."], Html.Description(decision, "id=\"amendment-reason\""));

        HttpResponseMessage noReason = await director.PostFormAsync(page, page + "?handler=Agree", new() { ["Version"] = await VersionAsync(page), ["AgreedRating"] = "red" });
        Assert.Equal(
            ["Needed only if the rating you agree is not the one proposed.", "Error: Enter the reason the agreed rating differs from the proposed one"],
            Html.Description(await noReason.Content.ReadAsStringAsync(), "id=\"amendment-reason\""));

        HttpResponseMessage noComment = await director.PostFormAsync(page, page + "?handler=Return", new() { ["Version"] = await VersionAsync(page), ["Comment"] = " " });
        Assert.Equal(["Error: Enter a comment saying what the officer should change"], Html.Description(await noComment.Content.ReadAsStringAsync(), "id=\"comment\""));
    }

    [Fact]
    public async Task ReportChoice_UnknownBoardAndBadPeriod_AreDescribedByTheirErrors()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await member.GetPageAsync("/reports/preview?board=Nowhere%20Board&period=Q9");

        Assert.Equal(["Error: There is no board called Nowhere Board"], Html.Description(html, "id=\"board\""));
        IReadOnlyList<string> period = Html.Description(html, "id=\"period\"");
        Assert.Equal(2, period.Count);
        Assert.Equal("A quarter, such as 2010/11 Q3, or a year, such as 2010/11", period[0]);
        Assert.StartsWith("Error: Enter a period like 2010/11 Q3:", period[1], StringComparison.Ordinal);
        Assert.Equal(["The trackers of high-risk priorities are in every report"], Html.FieldsetDescription(html, "id=\"contents\""));
    }

    [Fact]
    public async Task TargetForm_BadPeriod_IsDescribedByItsHintAndError()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string page = $"/admin/indicators/{await app.IndicatorIdAsync("NI 66")}/targets/edit";

        HttpResponseMessage response = await admin.PostFormAsync(page, page, new() { ["Period"] = "2011/12 Q5", ["Value"] = "90" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(
            ["A year such as 2011/12, or a quarter such as 2011/12 Q2 for a profiled target", "Error: '2011/12 Q5' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q5."],
            Html.Description(html, "id=\"period\""));
        Assert.Equal(["Who set it, when it is set outside the council, such as the Youth Justice Board"], Html.Description(html, "id=\"set-by\""));
    }

    [Fact]
    public async Task Upload_WithoutAFile_IsDescribedByItsHintAndError()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await admin.PostFormAsync("/admin/uploads", "/admin/uploads", new() { ["Kind"] = "results" });
        string html = await response.Content.ReadAsStringAsync();

        IReadOnlyList<string> file = Html.Description(html, "id=\"file\"");
        Assert.Equal(2, file.Count);
        Assert.StartsWith("CSV or, for a framework, JSON; up to ", file[0], StringComparison.Ordinal);
        Assert.Equal("Error: Select a file to upload", file[1]);
    }

    [Fact]
    public async Task LockButton_OnTheirOwnAccount_IsDescribedByTheError()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Administrator).Select(u => u.Id).SingleAsync());
        string page = $"/admin/users/edit/{id}";
        (_, string before) = await admin.GetPageAsync(page);

        HttpResponseMessage response = await admin.PostFormAsync(page, page + "?handler=Lock", []);

        Assert.Empty(Html.Description(before, "id=\"lock\""));
        Assert.Equal(["Error: You cannot lock your own account"], Html.Description(await response.Content.ReadAsStringAsync(), "id=\"lock\""));
    }

    private Task<string> VersionAsync(string page)
    {
        int tracker = int.Parse(page["/trackers/".Length..], CultureInfo.InvariantCulture);
        return app.WithDbAsync(async db => (await db.Trackers.Where(t => t.Id == tracker).Select(t => t.ConcurrencyVersion).SingleAsync()).ToString(CultureInfo.InvariantCulture));
    }
}
