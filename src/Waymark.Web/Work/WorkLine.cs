using Waymark.Work;

namespace Waymark.Web.Work;

/// <summary>One outstanding item as people read it: on what, the form that does it, and who owes it.</summary>
/// <param name="Item">The item as the rules give it.</param>
/// <param name="What">The indicator or priority and the period, such as "NI 66 Stability of placements, Q3 2010/11".</param>
/// <param name="FormLink">The page where the step is done: the return form, or the tracker.</param>
/// <param name="SubjectLink">The indicator's or the tracker's own page.</param>
/// <param name="Who">The name of the person who owes it, or "no one named".</param>
/// <param name="Overdue">Whether its deadline has passed.</param>
/// <param name="Comment">For a returned tracker, the director's comment.</param>
public sealed record WorkLine(WorkItem Item, string What, string FormLink, string SubjectLink, string Who, bool Overdue, string? Comment)
{
    public DateOnly? Due => Item.Due;
}
