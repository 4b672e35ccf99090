namespace Waymark.Web.Performance;

/// <summary>
/// The states of an action tracker: the accountable officer drafts it and submits it; the director agrees it, which
/// locks it, or returns it with a comment for the officer to change and submit again.
/// </summary>
public static class TrackerStates
{
    public const string Draft = "draft";

    public const string Submitted = "submitted";

    public const string Agreed = "agreed";

    public const string Returned = "returned";

    public static bool CanEdit(string state) => state is Draft or Returned;

    public static string Label(string state) => state switch
    {
        Draft => "Draft",
        Submitted => "Submitted for agreement",
        Agreed => "Agreed",
        Returned => "Returned to the officer",
        _ => state,
    };
}
