namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A shape of an answer, generated from the surface's response fields (AnswerWriter): the only kind of object a
/// handler's Data may be, besides a list of them and the few Data that are a string or a boolean.
/// </summary>
internal interface IAnswerShape;
