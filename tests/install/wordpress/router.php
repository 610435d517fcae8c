<?php
// The PHP built-in server's router for the WordPress test: Debian's
// WordPress reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php, and the
// built-in server passes no environment to $_SERVER, so it is set here.
// Everything else is the built-in server's own (static files, PHP files,
// index.php for paths that are not files).
$_SERVER['WORDPRESS_CONFIG'] = getenv('HSW_WP_CONFIG');
return false;
