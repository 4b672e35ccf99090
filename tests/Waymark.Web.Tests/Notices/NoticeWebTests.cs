using System.Globalization;
using System.Net;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

using MimeKit;

using Waymark.Testing;

namespace Waymark.Web.Tests.Notices;

/// <summary>The web app with a mail server: its sender delivers the notices of a tracker's sign-off as they are saved.</summary>
public sealed class NoticeApp : WaymarkApp
{
    public SmtpServer Smtp { get; } = SmtpServer.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:SmtpHost", "127.0.0.1");
        builder.UseSetting("Notices:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Notices:SmtpSecurity", "none");
        builder.UseSetting("Notices:From", "performance@leeds.example");
        builder.UseSetting("Notices:SiteAddress", "https://waymark.leeds.example/");
        builder.UseSetting("Notices:IntervalSeconds", "1");
    }

    /// <summary>Waits for <paramref name="count"/> messages to have been delivered, for 30 s at most.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync(int count)
    {
        for (int i = 0; i < 300; i++)
        {
            IReadOnlyList<MimeMessage> messages = Smtp.Messages();
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        return Smtp.Messages();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

public sealed class TrackerNoticeTests(NoticeApp app) : IClassFixture<NoticeApp>
{
    [Fact]
    public async Task SubmitThenReturn_EmailsTheDirectorThenTheOfficerWithTheComment()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.AccountableOfficer);
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        int tracker = int.Parse(started.Headers.Location!.OriginalString["/trackers/".Length..], CultureInfo.InvariantCulture);
        string page = $"/trackers/{tracker}";

        HttpResponseMessage submitted = await officer.PostFormAsync(page, page + "?handler=Submit", new()
        {
            ["Version"] = await VersionAsync(tracker),
            ["ProposedRating"] = "amber",
            ["Direction"] = "improving",
            ["ContextualUpdate"] = "Referrals fell in two of three wards.",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        MimeMessage toDirector = Assert.Single(await app.MessagesAsync(1));
        HttpResponseMessage returned = await director.PostFormAsync(page, page + "?handler=Return", new() { ["Version"] = await VersionAsync(tracker), ["Comment"] = "Say which wards improved." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        IReadOnlyList<MimeMessage> messages = await app.MessagesAsync(2);

        (string directorName, string directorEmail, string officerEmail) = await app.WithDbAsync(async db =>
        {
            var p = await db.Priorities.Include(x => x.AccountableDirector).Include(x => x.LeadOfficer).SingleAsync(x => x.Id == priority);
            return (p.AccountableDirector!.Name, p.AccountableDirector.Email, p.LeadOfficer!.Email);
        });
        string title = await app.WithDbAsync(db => db.Priorities.Where(p => p.Id == priority).Select(p => p.Code + " " + p.Title).SingleAsync());
        string period = await app.WithDbAsync(async db => (await db.Trackers.SingleAsync(t => t.Id == tracker)).Period.ToString());
        Assert.Equal(directorEmail, ((MailboxAddress)toDirector.To.Single()).Address);
        Assert.Equal($"Leeds City Council: The {period} tracker for {title} is waiting for your agreement", toDirector.Subject);
        Assert.Contains($"Open the tracker: https://waymark.leeds.example/trackers/{tracker}", toDirector.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, messages.Count);
        MimeMessage toOfficer = messages[1];
        Assert.Equal(officerEmail, ((MailboxAddress)toOfficer.To.Single()).Address);
        Assert.Equal($"Leeds City Council: The {period} tracker for {title} was returned to you", toOfficer.Subject);
        Assert.Contains($"{directorName} returned it with this comment:\n\nSay which wards improved.", toOfficer.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Say which wards improved.</p>", toOfficer.HtmlBody, StringComparison.Ordinal);
    }

    private Task<string> VersionAsync(int tracker) =>
        app.WithDbAsync(async db => (await db.Trackers.Where(t => t.Id == tracker).Select(t => t.ConcurrencyVersion).SingleAsync()).ToString(CultureInfo.InvariantCulture));
}

public sealed class NoticePreferenceTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Preference_ChosenOnTheNoticesPage_IsStoredAndShownChecked()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.DataOfficer);

        (HttpStatusCode status, string before) = await member.GetPageAsync("/account/notices");
        HttpResponseMessage saved = await member.PostFormAsync("/account/notices", "/account/notices", new() { ["Preference"] = "digest" });
        (_, string after) = await member.GetPageAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Email notices</h1>", before, StringComparison.Ordinal);
        Assert.Contains("a reminder 5 days before each deadline of yours", before, StringComparison.Ordinal);
        Assert.Contains("This Waymark has no mail server set", before, StringComparison.Ordinal);
        Assert.Matches("value=\"immediate\"[^>]*checked", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your choice is saved: send one daily digest", after, StringComparison.Ordinal);
        Assert.Matches("value=\"digest\"[^>]*checked", after);
        string stored = await app.WithDbAsync(async db =>
        {
            int id = await db.Users.Where(u => u.Email == WaymarkApp.DataOfficer).Select(u => u.Id).SingleAsync();
            return await db.NoticeChoices.Where(c => c.UserId == id).Select(c => c.Preference).SingleAsync();
        });
        Assert.Equal("digest", stored);
    }

    [Fact]
    public async Task Preference_NoneSelected_SaysWhatToDo()
    {
        HttpClient director = await app.SignInAsync(WaymarkApp.Director);

        HttpResponseMessage response = await director.PostFormAsync("/account/notices", "/account/notices", new() { ["Preference"] = "weekly" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#preference\">Select how you want to receive email notices</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
