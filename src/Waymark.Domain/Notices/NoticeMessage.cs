using System.Globalization;
using System.Net;
using System.Text;

namespace Waymark.Notices;

/// <summary>One email's words: its subject, its plain text and its HTML, which say the same things.</summary>
/// <param name="Subject">The subject line, which names the council.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">An accessible HTML body: a language, a title, one heading and a link whose words say where it goes.</param>
public sealed record NoticeMessage(string Subject, string Text, string Html);

/// <summary>What one notice says, before it is written as an email.</summary>
/// <param name="Kind">What the notice is about.</param>
/// <param name="Heading">The first line, such as "Q3 results entered is due in 5 days".</param>
/// <param name="Paragraphs">The sentences that follow, one paragraph each.</param>
/// <param name="LinkText">The link's words, such as "Open the quarterly return".</param>
/// <param name="Link">The absolute address of the page the notice is about.</param>
public sealed record NoticeContent(NoticeKind Kind, string Heading, IReadOnlyList<string> Paragraphs, string LinkText, Uri Link);

/// <summary>
/// The words of every notice. Each names the council in its subject and at its foot, greets the person by name,
/// and links to the page where the work is done.
/// </summary>
public static class NoticeWriter
{
    /// <summary>A date as people in the UK read it: <c>20 January 2009</c> (the invariant culture's month names are English).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A reminder of a deadline <paramref name="daysLeft"/> days away (0 is today).</summary>
    public static NoticeContent Reminder(string deadline, string period, DateOnly due, int daysLeft, Uri link)
    {
        string when = daysLeft switch { 0 => "today", 1 => "tomorrow", _ => $"in {daysLeft} days" };
        return new NoticeContent(
            NoticeKind.Reminder,
            $"{deadline} is due {when}",
            [$"The deadline for {period} is {Date(due)}."],
            "Open the reporting calendar",
            link);
    }

    /// <summary>A chase of a deadline that passed <paramref name="daysOverdue"/> days ago.</summary>
    public static NoticeContent Chase(string deadline, string period, DateOnly due, int daysOverdue, Uri link) => new(
        NoticeKind.Chase,
        $"{deadline} is overdue",
        [$"The deadline for {period} was {Date(due)}, {daysOverdue} {(daysOverdue == 1 ? "day" : "days")} ago.", "Please complete it as soon as you can."],
        "Open the reporting calendar",
        link);

    /// <summary>To the director: a tracker is waiting for their agreement.</summary>
    public static NoticeContent Submitted(string priority, string period, string officer, Uri link) => new(
        NoticeKind.Submitted,
        $"The {period} tracker for {priority} is waiting for your agreement",
        [$"{officer} submitted it for agreement. Agree it, or return it with a comment."],
        "Open the tracker",
        link);

    /// <summary>To the accountable officer: the director returned the tracker, with their comment.</summary>
    public static NoticeContent Returned(string priority, string period, string director, string comment, Uri link) => new(
        NoticeKind.Returned,
        $"The {period} tracker for {priority} was returned to you",
        [$"{director} returned it with this comment:", comment, "Change the tracker and submit it again."],
        "Open the tracker",
        link);

    /// <summary>To the accountable officer: the director agreed the tracker with <paramref name="rating"/>.</summary>
    public static NoticeContent Agreed(string priority, string period, string director, string rating, Uri link) => new(
        NoticeKind.Agreed,
        $"The {period} tracker for {priority} was agreed",
        [$"{director} agreed it with the overall rating {rating}. It is now locked."],
        "Open the tracker",
        link);

    /// <summary>
    /// To a person who asked to reset their password: the link that sets a new one, which works once within
    /// <paramref name="lifetime"/>, and what to do if they did not ask.
    /// </summary>
    public static NoticeContent PasswordReset(TimeSpan lifetime, Uri link)
    {
        int minutes = (int)Math.Round(lifetime.TotalMinutes, MidpointRounding.AwayFromZero);
        string within = minutes % 60 == 0
            ? (minutes == 60 ? "1 hour" : $"{minutes / 60} hours")
            : (minutes == 1 ? "1 minute" : $"{minutes} minutes");
        return new NoticeContent(
            NoticeKind.PasswordReset,
            "Reset your Waymark password",
            [$"Someone asked to reset the password of your Waymark account. The link below sets a new one; it works once, within {within}.",
             "If you did not ask, you can ignore this email: your password has not changed."],
            "Set a new password",
            link);
    }

    /// <summary>One notice written as an email to <paramref name="person"/> from <paramref name="council"/>.</summary>
    public static NoticeMessage Write(string council, string person, NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string subject = $"{council}: {content.Heading}";
        var text = new StringBuilder();
        text.Append("Dear ").Append(person).Append(",\n\n").Append(content.Heading).Append(".\n\n");
        foreach (string p in content.Paragraphs)
        {
            text.Append(p).Append("\n\n");
        }

        text.Append(content.LinkText).Append(": ").Append(content.Link.AbsoluteUri).Append("\n\n");
        Footer(text, council);

        var body = new StringBuilder();
        body.Append("<p>Dear ").Append(Encode(person)).Append(",</p>\n<h1>").Append(Encode(content.Heading)).Append("</h1>\n");
        foreach (string p in content.Paragraphs)
        {
            body.Append("<p>").Append(Encode(p)).Append("</p>\n");
        }

        body.Append("<p><a href=\"").Append(Encode(content.Link.AbsoluteUri)).Append("\">").Append(Encode(content.LinkText)).Append("</a></p>\n");
        return new NoticeMessage(subject, text.ToString(), Html(subject, council, body.ToString()));
    }

    /// <summary>
    /// A day's notices for <paramref name="person"/> gathered in one email, in the order given, each with its
    /// heading, words and link.
    /// </summary>
    public static NoticeMessage Digest(string council, string person, DateOnly day, IReadOnlyList<NoticeContent> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        string count = items.Count == 1 ? "1 notice" : $"{items.Count} notices";
        string heading = $"Your daily digest for {Date(day)}: {count}";
        string subject = $"{council}: {heading}";
        var text = new StringBuilder();
        text.Append("Dear ").Append(person).Append(",\n\n").Append(heading).Append(".\n\n");
        var body = new StringBuilder();
        body.Append("<p>Dear ").Append(Encode(person)).Append(",</p>\n<h1>").Append(Encode(heading)).Append("</h1>\n");
        int n = 1;
        foreach (NoticeContent item in items)
        {
            text.Append(n++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(item.Heading).Append('\n');
            body.Append("<h2>").Append(Encode(item.Heading)).Append("</h2>\n");
            foreach (string p in item.Paragraphs)
            {
                text.Append("   ").Append(p).Append('\n');
                body.Append("<p>").Append(Encode(p)).Append("</p>\n");
            }

            text.Append("   ").Append(item.LinkText).Append(": ").Append(item.Link.AbsoluteUri).Append("\n\n");
            body.Append("<p><a href=\"").Append(Encode(item.Link.AbsoluteUri)).Append("\">").Append(Encode(item.LinkText)).Append(": ").Append(Encode(item.Heading)).Append("</a></p>\n");
        }

        Footer(text, council);
        return new NoticeMessage(subject, text.ToString(), Html(subject, council, body.ToString()));
    }

    private static void Footer(StringBuilder text, string council) =>
        text.Append("Sent by Waymark for ").Append(council).Append(". Choose how you receive these emails on your notices page.\n");

    private static string Html(string subject, string council, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Encode(subject) + "</title>\n</head>\n<body>\n"
        + body
        + "<p>Sent by Waymark for " + Encode(council) + ". Choose how you receive these emails on your notices page.</p>\n</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
