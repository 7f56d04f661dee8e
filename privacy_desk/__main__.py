from privacy_desk.cli import main

raise SystemExit(main())
