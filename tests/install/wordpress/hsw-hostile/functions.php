<?php
add_action('wp_enqueue_scripts', function () {
    wp_enqueue_style('hsw-hostile', get_stylesheet_uri(), array(), null);
});
