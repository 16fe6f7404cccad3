using Xunit;

// The servers these tests start share one process, and so one set of .NET meters: a metrics test counts exactly only
// when no other test's server is scoring at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
