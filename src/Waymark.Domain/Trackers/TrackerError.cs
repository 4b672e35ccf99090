namespace Waymark.Trackers;

/// <summary>
/// Something a person has to put right before a tracker can take a step: which field, and what to do, in the words
/// of the GOV.UK Design System (<c>Enter a contextual update</c>).
/// </summary>
/// <param name="Field">The field the message is about, so that a form can show it beside that field.</param>
/// <param name="Message">What to do, as a sentence without a full stop.</param>
public sealed record TrackerError(TrackerField Field, string Message);
