using HeresHealthy.Web.Tests.Fixtures;

// One app for every test class: starting it (migrations, demo seeding) once keeps the run short.
[assembly: AssemblyFixture(typeof(WebApp))]
