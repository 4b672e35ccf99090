using Waymark.Notices;

namespace Waymark.Data.Notices;

/// <summary>
/// The settings of email notices (the section <c>Notices</c> of the web app's configuration, and the same names in
/// <c>waymark notify</c>'s options): the mail server, the sender's address, the council's name, the address of the
/// web app that links point to, and when reminders, chases and digests go.
/// </summary>
public sealed class NoticeSettings
{
    /// <summary>The SMTP server's host name; notices are not sent while it is empty.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary><c>none</c> (plain, as on a local relay), <c>starttls</c>, <c>tls</c> or <c>auto</c>.</summary>
    public string SmtpSecurity { get; set; } = "auto";

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The address notices come from, such as <c>performance@leeds.gov.uk</c>.</summary>
    public string From { get; set; } = "waymark@localhost";

    /// <summary>The council every message names; the first council in the store when empty.</summary>
    public string? CouncilName { get; set; }

    /// <summary>The web app's public address, which every link starts with.</summary>
    public Uri SiteAddress { get; set; } = new("http://localhost:5000/");

    public int DaysBefore { get; set; } = 5;

    public int ChaseEveryDays { get; set; } = 7;

    public int ChaseForDays { get; set; } = 28;

    /// <summary>The hour (UTC, 0 to 23) from which each day's digests are made.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>How often the web app's sender runs, in seconds.</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>The reminder rules these settings give.</summary>
    public ReminderSchedule Schedule => new(DaysBefore, ChaseEveryDays, ChaseForDays);

    /// <summary>What is wrong with the settings, each naming its setting; empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(Schedule.Problems());
        if (SmtpPort is < 1 or > 65535)
        {
            problems.Add($"SmtpPort is {SmtpPort}: give a port from 1 to 65535");
        }

        if (SmtpSecurity is not ("none" or "starttls" or "tls" or "auto"))
        {
            problems.Add($"SmtpSecurity is '{SmtpSecurity}': use none, starttls, tls or auto");
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            problems.Add($"From is '{From}': give an email address");
        }

        if (DigestHour is < 0 or > 23)
        {
            problems.Add($"DigestHour is {DigestHour}: give an hour from 0 to 23");
        }

        if (IntervalSeconds is < 1 or > 86_400)
        {
            problems.Add($"IntervalSeconds is {IntervalSeconds}: give a number of seconds from 1 to 86400");
        }

        if (!SiteAddress.IsAbsoluteUri)
        {
            problems.Add($"SiteAddress is '{SiteAddress}': give the web app's full address, such as https://waymark.example.gov.uk/");
        }

        return problems;
    }
}
