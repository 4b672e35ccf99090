using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Ratings;
using Waymark.Trackers;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Trackers;

/// <summary>
/// The sign-off of HW-1d/CYPP 7's next tracker: Helen Carter (its lead officer) completes and submits it; Catherine
/// Walsh (its accountable director) returns it with a comment, then agrees it, which locks it.
/// </summary>
public sealed class TrackerSignOffTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task SignOff_SubmitReturnResubmitAgree_KeepsEveryStepAndLocksTheAgreedTracker()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.AccountableOfficer);
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);
        int tracker = await StartAsync(officer);
        string page = $"/trackers/{tracker}";

        (_, string draft) = await officer.GetPageAsync(page);
        Assert.Contains("<span class=\"govuk-caption-l\">HW-1d/CYPP 7, Q4 2010/11</span>", draft, StringComparison.Ordinal);
        Assert.Contains("Draft", Html.Row(draft, "id=\"tracker-state\""), StringComparison.Ordinal);

        HttpResponseMessage incomplete = await officer.PostFormAsync(page, page + "?handler=Submit", new() { ["Version"] = await VersionAsync(tracker) });
        string errors = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#proposed-rating\">Select the overall rating you propose</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#direction\">Select the direction of travel</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#contextual-update\">Enter a contextual update</a>", errors, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(officer, tracker, "amber", "Conceptions fell for a second quarter.")).StatusCode);
        Assert.Equal("submitted", await StateAsync(tracker));

        HttpResponseMessage noComment = await director.PostFormAsync(page, page + "?handler=Return", new() { ["Version"] = await VersionAsync(tracker), ["Comment"] = " " });
        Assert.Contains("<a href=\"#comment\">Enter a comment saying what the officer should change</a>", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("submitted", await StateAsync(tracker));

        HttpResponseMessage returned = await director.PostFormAsync(page, page + "?handler=Return", new() { ["Version"] = await VersionAsync(tracker), ["Comment"] = "Say which wards improved." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal("returned", await StateAsync(tracker));

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(officer, tracker, "amber", "Conceptions fell in four of the six priority wards.")).StatusCode);
        HttpResponseMessage agreed = await director.PostFormAsync(page, page + "?handler=Agree", new() { ["Version"] = await VersionAsync(tracker) });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);

        (_, string html) = await director.GetPageAsync(page);
        Assert.Equal("amber", Html.Row(html, "id=\"agreed-rating-value\""));
        Assert.Equal("Conceptions fell in four of the six priority wards.", Html.Row(html, "id=\"contextual-update-text\""));
        Assert.EndsWith("Submitted for agreement Helen Carter", Html.Row(html, "data-step=\"submitted\""), StringComparison.Ordinal);
        Assert.EndsWith("Returned to the officer Catherine Walsh Say which wards improved.", Html.Row(html, "data-step=\"returned\""), StringComparison.Ordinal);
        Assert.EndsWith("Agreed Catherine Walsh", Html.Row(html, "data-step=\"agreed\""), StringComparison.Ordinal);
        Assert.Equal(4, Html.Count(html, "data-step=\""));

        (_, string officerView) = await officer.GetPageAsync(page);
        Assert.DoesNotContain("handler=Submit", officerView, StringComparison.Ordinal);
        HttpResponseMessage late = await SubmitAsync(officer, tracker, "green", "Changed after agreement.");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("This tracker has been agreed and can no longer be changed", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("amber", (await app.WithDbAsync(db => db.Trackers.Where(t => t.Id == tracker).Select(t => t.AgreedRating).SingleAsync()))?.ToCode());
    }

    [Fact]
    public async Task Agree_FromAPageOpenedBeforeTheOfficerChangedIt_IsRefused()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.OtherAccountableOfficer);
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-3a").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        int tracker = int.Parse(started.Headers.Location!.OriginalString["/trackers/".Length..], CultureInfo.InvariantCulture);
        await SubmitAsync(officer, tracker, "red", "Referrals rose sharply.");
        string seen = await VersionAsync(tracker);

        await app.WithDbAsync(async db =>
        {
            var t = await db.Trackers.SingleAsync(x => x.Id == tracker);
            t.ContextualUpdate = "Referrals rose sharply; a recovery plan is agreed.";
            return await db.SaveChangesAsync();
        });
        HttpResponseMessage agree = await director.PostFormAsync($"/trackers/{tracker}", $"/trackers/{tracker}?handler=Agree", new() { ["Version"] = seen });

        Assert.Equal(HttpStatusCode.Conflict, agree.StatusCode);
        Assert.Contains("This tracker changed while you had it open", await agree.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("submitted", await StateAsync(tracker));
    }

    [Fact]
    public async Task Agree_WithADifferentRating_NeedsAReasonAndShowsBothRatingsAndTheReason()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.OtherAccountableOfficer);
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-3a").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        int tracker = int.Parse(started.Headers.Location!.OriginalString["/trackers/".Length..], CultureInfo.InvariantCulture);
        string page = $"/trackers/{tracker}";
        await SubmitAsync(officer, tracker, "amber", "Referrals fell back to last year's level.");

        (_, string decision) = await director.GetPageAsync(page);
        Assert.Contains("id=\"agreed-rating-amber\" name=\"AgreedRating\" type=\"radio\" value=\"amber\" checked=\"checked\"", decision, StringComparison.Ordinal);

        HttpResponseMessage noReason = await director.PostFormAsync(page, page + "?handler=Agree", new() { ["Version"] = await VersionAsync(tracker), ["AgreedRating"] = "red", ["AmendmentReason"] = " " });
        string errors = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#amendment-reason\">Enter the reason the agreed rating differs from the proposed one</a>", errors, StringComparison.Ordinal);
        Assert.Equal("submitted", await StateAsync(tracker));

        HttpResponseMessage amended = await director.PostFormAsync(page, page + "?handler=Agree", new()
        {
            ["Version"] = await VersionAsync(tracker),
            ["AgreedRating"] = "red",
            ["AmendmentReason"] = "Referrals rose again in the first weeks of the next quarter.",
        });
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);

        (_, string html) = await director.GetPageAsync(page);
        Assert.Equal("Agreed", Html.Row(html, "id=\"tracker-state\""));
        Assert.Equal(
            ("amber", "red", "Referrals rose again in the first weeks of the next quarter."),
            (Html.Row(html, "id=\"proposed-rating-value\""), Html.Row(html, "id=\"agreed-rating-value\""), Html.Row(html, "id=\"amendment-reason-value\"")));
        Assert.EndsWith(
            "Agreed Catherine Walsh Rating amended from amber to red: Referrals rose again in the first weeks of the next quarter.",
            Html.Row(html, "data-step=\"agreed\""),
            StringComparison.Ordinal);

        HttpClient api = await app.TokenClientAsync(WaymarkApp.Member);
        HttpResponseMessage response = await api.GetAsync($"/api/trackers/{tracker}");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Text.Json.JsonElement root = json.RootElement;
        Assert.Equal(
            ("agreed", "amber", "red", "Referrals rose again in the first weeks of the next quarter."),
            (root.GetProperty("state").GetString(), root.GetProperty("proposed_rating").GetString(), root.GetProperty("agreed_rating").GetString(), root.GetProperty("amendment_reason").GetString()));
    }

    private async Task<int> StartAsync(HttpClient officer)
    {
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return int.Parse(started.Headers.Location!.OriginalString["/trackers/".Length..], CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> SubmitAsync(HttpClient officer, int tracker, string rating, string update) =>
        await officer.PostFormAsync($"/trackers/{tracker}", $"/trackers/{tracker}?handler=Submit", new()
        {
            ["Version"] = await VersionAsync(tracker),
            ["ProposedRating"] = rating,
            ["Direction"] = "improving",
            ["ContextualUpdate"] = update,
            ["ChallengesAndRisks"] = "Funding is confirmed only to March 2011.",
            ["Progress[0]"] = "Drop-ins running in all 19 schools.",
        });

    private Task<string> VersionAsync(int tracker) =>
        app.WithDbAsync(async db => (await db.Trackers.Where(t => t.Id == tracker).Select(t => t.ConcurrencyVersion).SingleAsync()).ToString(CultureInfo.InvariantCulture));

    private async Task<string> StateAsync(int tracker) => (await app.WithDbAsync(db => db.Trackers.Where(t => t.Id == tracker).Select(t => t.State).SingleAsync())).ToCode();
}
