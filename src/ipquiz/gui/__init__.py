"""The Qt Widgets front end: thin screens that call services and render state."""
