namespace Waymark.Notices;

/// <summary>
/// When reminders and chases are due. A reminder goes once, <see cref="DaysBefore"/> days before a deadline (or on
/// the first run after that, up to the deadline itself); a chase goes the day after the deadline and then every
/// <see cref="ChaseEveryDays"/> days, for <see cref="ChaseForDays"/> days at most, so that an old deadline never
/// fills anyone's inbox.
/// </summary>
/// <param name="DaysBefore">How many days before a deadline its reminder goes (0 to 60).</param>
/// <param name="ChaseEveryDays">How many days apart the chases of one overdue deadline are (1 to 60).</param>
/// <param name="ChaseForDays">How many days after a deadline it is still chased (0 to 365; 0 turns chases off).</param>
public sealed record ReminderSchedule(int DaysBefore = 5, int ChaseEveryDays = 7, int ChaseForDays = 28)
{
    /// <summary>What is wrong with the settings, each naming its setting; empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (DaysBefore is < 0 or > 60)
        {
            problems.Add($"DaysBefore is {DaysBefore}: give a number of days from 0 to 60");
        }

        if (ChaseEveryDays is < 1 or > 60)
        {
            problems.Add($"ChaseEveryDays is {ChaseEveryDays}: give a number of days from 1 to 60");
        }

        if (ChaseForDays is < 0 or > 365)
        {
            problems.Add($"ChaseForDays is {ChaseForDays}: give a number of days from 0 to 365");
        }

        return problems;
    }

    /// <summary>The earliest and latest due dates that can have a reminder or chase on <paramref name="today"/>.</summary>
    public (DateOnly From, DateOnly To) Window(DateOnly today) => (today.AddDays(-ChaseForDays), today.AddDays(DaysBefore));

    /// <summary>
    /// The reminder or chase due on <paramref name="today"/> for a deadline due on <paramref name="due"/>, or null.
    /// Its <see cref="DueNotice.Occasion"/> names it uniquely among the deadline's notices, so that the same one
    /// found on a later day or by another run is recognised as already made.
    /// </summary>
    public DueNotice? For(DateOnly due, DateOnly today)
    {
        int daysLeft = due.DayNumber - today.DayNumber;
        if (daysLeft >= 0)
        {
            return daysLeft <= DaysBefore ? new DueNotice(NoticeKind.Reminder, "reminder", daysLeft) : null;
        }

        int overdue = -daysLeft;
        if (overdue > ChaseForDays)
        {
            return null;
        }

        int round = (overdue - 1) / ChaseEveryDays;
        return new DueNotice(NoticeKind.Chase, $"chase-{round + 1}", daysLeft);
    }
}

/// <summary>A reminder or chase due for one deadline.</summary>
/// <param name="Kind">Reminder or chase.</param>
/// <param name="Occasion">Which of the deadline's notices this is: <c>reminder</c>, <c>chase-1</c>, <c>chase-2</c>...</param>
/// <param name="DaysLeft">Days until the deadline; negative when it has passed.</param>
public readonly record struct DueNotice(NoticeKind Kind, string Occasion, int DaysLeft);
