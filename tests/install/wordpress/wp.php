<?php
// Runs WordPress from the command line for the install tests, as its own
// installer and admin screens would:
//   php wp.php <config> <site-url> install   wp_install (the installer's
//       step 2), an Author, and an application password for each user;
//       prints them as JSON
//   php wp.php <config> <site-url> theme <slug>   switch_theme
// (WordPress's own globals include $hsw_action: these names are ours.)
[, $hsw_config, $hsw_url, $hsw_action] = $argv;
$hsw_arg = $argv[4] ?? null;
$_SERVER['WORDPRESS_CONFIG'] = $hsw_config;
$_SERVER['HTTP_HOST'] = parse_url($hsw_url, PHP_URL_HOST) . ':' . parse_url($hsw_url, PHP_URL_PORT);
$_SERVER['SERVER_NAME'] = parse_url($hsw_url, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ($hsw_action === 'install') {
    define('WP_INSTALLING', true);
}
require '/usr/share/wordpress/wp-load.php';

if ($hsw_action === 'install') {
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    // No mail to send: the machine has no sendmail.
    add_filter('pre_wp_mail', '__return_true');
    $admin_password = wp_generate_password(20, false);
    $installed = wp_install('Heartstopper fans', 'admin', 'admin@fans.example', true, '', $admin_password, '');
    $author_password = wp_generate_password(20, false);
    $author = wp_insert_user(array(
        'user_login' => 'author', 'user_pass' => $author_password,
        'user_email' => 'author@fans.example', 'role' => 'author',
    ));
    if (is_wp_error($author)) {
        fwrite(STDERR, $author->get_error_message() . "\n");
        exit(1);
    }
    $app = function ($id) {
        [$password] = WP_Application_Passwords::create_new_application_password($id, array('name' => 'install tests'));
        return $password;
    };
    echo 'HSW: ', json_encode(array(
        'admin' => array('user' => 'admin', 'password' => $admin_password, 'app' => $app($installed['user_id'])),
        'author' => array('user' => 'author', 'password' => $author_password, 'app' => $app($author)),
        'version' => get_bloginfo('version'),
        'php' => PHP_VERSION,
        'db' => $GLOBALS['wpdb']->db_server_info(),
    )), "\n";
} elseif ($hsw_action === 'theme') {
    switch_theme($hsw_arg);
    echo get_stylesheet(), "\n";
} else {
    fwrite(STDERR, "unknown action $hsw_action\n");
    exit(2);
}
