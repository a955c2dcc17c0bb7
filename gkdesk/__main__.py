from gkdesk.cli import main

raise SystemExit(main())
