namespace Waymark.Notices;

/// <summary>What an email tells a person.</summary>
public enum NoticeKind
{
    /// <summary>A deadline of theirs falls within the reminder window.</summary>
    Reminder = 0,

    /// <summary>A deadline of theirs has passed.</summary>
    Chase = 1,

    /// <summary>A tracker was submitted for the director's agreement.</summary>
    Submitted = 2,

    /// <summary>A tracker was returned to the accountable officer, with the director's comment.</summary>
    Returned = 3,

    /// <summary>A tracker was agreed by the director.</summary>
    Agreed = 4,

    /// <summary>One email gathering a day's notices for a person who asked for a daily digest.</summary>
    Digest = 5,

    /// <summary>A link to set a new password, sent to a person who asked for one; never held for a digest.</summary>
    PasswordReset = 6,
}

/// <summary>How a person wants their notices.</summary>
public enum NoticePreference
{
    /// <summary>Each notice is sent as soon as it arises (the default).</summary>
    Immediate = 0,

    /// <summary>Notices wait and go out together once a day.</summary>
    DailyDigest = 1,

    /// <summary>No reminders or chases; notices about trackers are still sent as they arise.</summary>
    RemindersOff = 2,
}

/// <summary>The words of notices and preferences in the store and on forms.</summary>
public static class NoticeCodes
{
    /// <summary>Every preference, in the order the preferences page lists them.</summary>
    public static IReadOnlyList<NoticePreference> Preferences { get; } = [NoticePreference.Immediate, NoticePreference.DailyDigest, NoticePreference.RemindersOff];

    /// <summary><c>immediate</c>, <c>digest</c> or <c>off</c>.</summary>
    public static string ToCode(this NoticePreference preference) => preference switch
    {
        NoticePreference.Immediate => "immediate",
        NoticePreference.DailyDigest => "digest",
        NoticePreference.RemindersOff => "off",
        _ => throw new ArgumentOutOfRangeException(nameof(preference), preference, "Unknown notice preference."),
    };

    /// <summary>The preference as a person reads it.</summary>
    public static string ToLabel(this NoticePreference preference) => preference switch
    {
        NoticePreference.Immediate => "Send each notice as it arises",
        NoticePreference.DailyDigest => "Send one daily digest",
        NoticePreference.RemindersOff => "Turn reminders off",
        _ => throw new ArgumentOutOfRangeException(nameof(preference), preference, "Unknown notice preference."),
    };

    /// <summary>Reads <c>immediate</c>, <c>digest</c> or <c>off</c>, without regard to case.</summary>
    public static bool TryParsePreference(ReadOnlySpan<char> text, out NoticePreference preference)
    {
        foreach (NoticePreference p in Preferences)
        {
            if (text.Trim().Equals(p.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                preference = p;
                return true;
            }
        }

        preference = NoticePreference.Immediate;
        return false;
    }

    /// <summary><c>reminder</c>, <c>chase</c>, <c>submitted</c>, <c>returned</c>, <c>agreed</c>, <c>digest</c> or <c>password-reset</c>.</summary>
    public static string ToCode(this NoticeKind kind) => kind switch
    {
        NoticeKind.Reminder => "reminder",
        NoticeKind.Chase => "chase",
        NoticeKind.Submitted => "submitted",
        NoticeKind.Returned => "returned",
        NoticeKind.Agreed => "agreed",
        NoticeKind.Digest => "digest",
        NoticeKind.PasswordReset => "password-reset",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notice kind."),
    };

    /// <summary>Whether a notice of this kind is a reminder or chase, which a person can turn off.</summary>
    public static bool IsReminder(this NoticeKind kind) => kind is NoticeKind.Reminder or NoticeKind.Chase;
}
