window.Keks.init({ autoShow: false, categories: { necessary: { necessary: true }, analytics: {} } });
