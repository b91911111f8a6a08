namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Tests that compare the whole app's state before and after (the outbox head) run alone, after the others, so that
/// no other test's change is taken for theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "Alone";
}
