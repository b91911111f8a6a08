using HeresHealthy.Browser.Tests.Fixtures;

// One app and one browser for all tests. The scenarios share the demo network (its queue, the Lotsinnen's loads and
// duty), so they run one after another: a test's expectations about the board must not race another test's changes.
[assembly: AssemblyFixture(typeof(BrowserApp))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
